package org.internkg.explore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The explorer API's settings.
 *
 * @param warmHubs read the best-connected resources' link lists in the background after start (default true), so
 *                 that the first click on a hub of a large store does not wait for them ({@link HubWarmUp})
 */
@ConfigurationProperties("internkg.explore")
public record ExploreProperties(Boolean warmHubs) {

    public ExploreProperties {
        warmHubs = warmHubs == null || warmHubs;
    }
}
