package dev.awsmcp;

/**
 * Builds an {@link AwsMcp}. Setters validate at once; {@link #build()} wires the pipeline.
 */
public final class AwsMcpBuilder {
    String region;
    String profile;

    AwsMcpBuilder() {}

    /**
     * The default region when a command has no {@code --region}.
     *
     * @param region e.g. {@code eu-west-1}
     * @return this builder
     */
    public AwsMcpBuilder region(String region) {
        this.region = region;
        return this;
    }

    /**
     * The default profile when a command has no {@code --profile}.
     *
     * @param profile a profile name from {@code ~/.aws/config}
     * @return this builder
     */
    public AwsMcpBuilder profile(String profile) {
        this.profile = profile;
        return this;
    }

    /**
     * Wires the pipeline.
     *
     * @return a ready facade
     */
    public AwsMcp build() {
        throw new UnsupportedOperationException("the client stage is not wired yet");
    }
}
