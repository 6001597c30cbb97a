/**
 * Knowledge tools as a plain Java API, wired as MCP tools by the MCP layer:
 * <ul>
 *   <li>AWS documentation ({@link dev.awsmcp.knowledge.AwsDocumentation#builder()}): {@code search_documentation},
 *       {@code read_documentation} and {@code recommend} over the public AWS documentation services, with a result
 *       cache and an offline fallback that searches the API reference text bundled in the service models;</li>
 *   <li>regions ({@link dev.awsmcp.knowledge.RegionTools}): {@code list_regions} and
 *       {@code get_regional_availability} from the bundled data of {@code dev.awsmcp.regions}, refined live through
 *       an {@link dev.awsmcp.knowledge.AwsCommandRunner} (the facade) when credentials allow.</li>
 * </ul>
 *
 * <p>May import the base packages {@code model}, {@code regions} and {@code error}, and the facade's
 * {@link dev.awsmcp.CommandResult}; nothing in the command pipeline imports this package.
 */
package dev.awsmcp.knowledge;
