package dev.awsmcp.client;

/**
 * Where a call goes.
 *
 * @param profile the profile name
 * @param region  the region
 */
public record CallTarget(String profile, String region) {}
