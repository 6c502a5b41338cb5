package org.internkg.explore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The explorer API's settings.
 *
 * @param warmHubs read the best-connected resources' link lists in the background after start (default true), so
 *                 that the first click on a hub of a large store does not wait for them ({@link HubWarmUp})
 * @param matrixWholeLimit the most models the compatibility matrix is answered for whole (default 500); on a store
 *                 with more, {@code /api/matrix} answers one family at a time ({@link CompatibilityMatrix})
 */
@ConfigurationProperties("internkg.explore")
public record ExploreProperties(Boolean warmHubs, Integer matrixWholeLimit) {

    public ExploreProperties {
        warmHubs = warmHubs == null || warmHubs;
        matrixWholeLimit = matrixWholeLimit == null ? 500 : matrixWholeLimit;
    }
}
