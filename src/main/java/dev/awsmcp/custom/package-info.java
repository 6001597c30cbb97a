/**
 * The AWS CLI's hand-written commands that aws-mcp runs, and the one way to add one: a
 * {@link dev.awsmcp.custom.Customization} (its subcommands, the plan the classifier judges, the run) registered
 * in {@link dev.awsmcp.custom.CustomizationRegistry#bundled()}. Bundled: the high-level {@code aws s3} commands
 * ({@code customizations/s3}), {@code aws ecr get-login-password} and {@code aws ecr-public get-login-password}
 * ({@code customizations/ecr.py}, {@code ecr_public.py}), {@code aws rds generate-db-auth-token}
 * ({@code customizations/rds.py}), {@code aws eks get-token} ({@code customizations/eks/get_token.py}) and
 * {@code aws cloudformation deploy} ({@code customizations/cloudformation/deploy.py}, {@code deployer.py}).
 *
 * <p>API calls, presigning, waiters and local files go through {@link dev.awsmcp.custom.CustomCalls}, which the
 * engine implements over the normal pipeline (endpoint rules, signing, retries, audit trace, the file guard), so
 * this package never touches credentials or unguarded files itself.
 *
 * <p>May import {@code command}, {@code s3} and the base packages; {@code policy} imports it (to plan
 * customizations), so it never imports {@code policy}, {@code client}, {@code output}, {@code audit} or the
 * facade.
 */
package dev.awsmcp.custom;
