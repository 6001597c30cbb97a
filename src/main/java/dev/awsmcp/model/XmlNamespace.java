package dev.awsmcp.model;

/**
 * An XML namespace trait: {@code xmlns="uri"} or {@code xmlns:prefix="uri"} when a prefix is set.
 *
 * @param uri    the namespace URI
 * @param prefix the prefix, or null for the default namespace
 */
public record XmlNamespace(String uri, String prefix) {}
