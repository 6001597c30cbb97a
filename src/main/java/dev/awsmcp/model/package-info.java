/**
 * The bundled AWS service models: a {@link dev.awsmcp.model.ServiceCatalog} that lists the ~427 services from a
 * small index and loads one {@link dev.awsmcp.model.ServiceModel} at a time, lazily, through a bounded cache.
 *
 * <p>Base package: imports nothing else from {@code dev.awsmcp}. Every pipeline stage may import it.
 */
package dev.awsmcp.model;
