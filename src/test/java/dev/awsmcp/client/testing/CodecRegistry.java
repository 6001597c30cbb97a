package dev.awsmcp.client.testing;

import dev.awsmcp.client.ClientException;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test stand-in for the protocol registry. Picks the codec of a service: the first protocol in {@code metadata.protocols} that a codec supports, else the
 * legacy {@code metadata.protocol}.
 */
public final class CodecRegistry {
    private final Map<String, ProtocolCodec> byProtocol = new LinkedHashMap<>();

    /** @param codecs the available codecs; a later codec for the same protocol replaces an earlier one */
    public CodecRegistry(List<? extends ProtocolCodec> codecs) {
        for (ProtocolCodec c : codecs) {
            byProtocol.put(c.protocol(), c);
        }
    }

    /**
     * @param service the service model
     * @return its codec
     * @throws ClientException when no codec speaks any of its protocols
     */
    public ProtocolCodec select(ServiceModel service) {
        List<String> wanted = new ArrayList<>(service.metadata().protocols());
        if (service.metadata().protocol() != null && !wanted.contains(service.metadata().protocol())) {
            wanted.add(service.metadata().protocol());
        }
        for (String p : wanted) {
            ProtocolCodec c = byProtocol.get(p);
            if (c != null) {
                return c;
            }
        }
        throw new ClientException("UnsupportedProtocol", "The " + service.cliName() + " service speaks " + wanted
                + ", and no codec for these protocols is installed.", null);
    }

    /** The protocols codecs are installed for. */
    public java.util.Set<String> protocols() {
        return byProtocol.keySet();
    }
}
