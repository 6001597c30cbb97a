package dev.awsmcp.command.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.command.CommandException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ec2 customizations of the AWS CLI: {@code run-instances --count} and network-interface shortcuts
 * ({@code addcount.py}, {@code runinstances.py}), security-group shortcuts ({@code secgroupsimplify.py}),
 * {@code bundle-instance} storage arguments ({@code bundleinstance.py}), protocol names ({@code protocolarg.py}).
 */
final class Ec2Arguments {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Ec2Arguments() {}

    static void runInstances(ArgumentTable t) {
        t.remove("min-count");
        t.remove("max-count");
        t.put(custom("count", CliArgument.Arity.ONE, "count", "string", (ctx, a, v) -> {
            String s = (String) v;
            String[] parts = s.contains(":") ? s.split(":", -1) : new String[] {s, s};
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                ctx.params().put("MinCount", Integer.parseInt(parts[0].strip()));
                ctx.params().put("MaxCount", Integer.parseInt(parts[1].strip()));
            } catch (NumberFormatException e) {
                throw new CommandException("InvalidParameterValue", "The --count value '" + s + "' is not of the form "
                        + "min[:max].", "Write --count 1 or --count 1:10.");
            }
        }));
        t.put(custom("secondary-private-ip-addresses", CliArgument.Arity.MANY, "secondary-private-ip-addresses",
                "list", (ctx, a, v) -> {
                    ArrayNode list = F.arrayNode();
                    for (Object o : (List<?>) v) {
                        list.add(F.objectNode().put("PrivateIpAddress", (String) o).put("Primary", false));
                    }
                    if (list.size() > 0) {
                        networkInterface(ctx.params(), "PrivateIpAddresses", list);
                    }
                }));
        t.put(custom("secondary-private-ip-address-count", CliArgument.Arity.ONE, "secondary-private-ip-address-count",
                "integer", (ctx, a, v) -> {
                    int n;
                    try {
                        n = Integer.parseInt(((String) v).strip());
                    } catch (NumberFormatException e) {
                        throw new CommandException("InvalidParameterValue", "--secondary-private-ip-address-count "
                                + "expects an integer, not '" + v + "'.", "Write a whole number.");
                    }
                    if (n != 0) {
                        networkInterface(ctx.params(), "SecondaryPrivateIpAddressCount", F.numberNode(n));
                    }
                }));
        Binder publicIp = (ctx, a, v) -> networkInterface(ctx.params(), "AssociatePublicIpAddress",
                F.booleanNode((Boolean) v));
        t.put(custom("associate-public-ip-address", CliArgument.Arity.FLAG_TRUE, "associate_public_ip", "boolean",
                publicIp));
        t.put(custom("no-associate-public-ip-address", CliArgument.Arity.FLAG_FALSE, "associate_public_ip", "boolean",
                publicIp));
    }

    private static void networkInterface(ObjectNode params, String key, JsonNode value) {
        if (!params.has("NetworkInterfaces")) {
            params.putArray("NetworkInterfaces").addObject().put("DeviceIndex", 0);
        }
        JsonNode first = params.get("NetworkInterfaces").get(0);
        if (!(first instanceof ObjectNode)) {
            return;
        }
        ObjectNode iface = (ObjectNode) first;
        if (key.equals("PrivateIpAddresses")) {
            if (!iface.has("PrivateIpAddresses")) {
                iface.set("PrivateIpAddresses", value);
            }
        } else {
            iface.set(key, value);
        }
    }

    /** {@code set_default_count} and {@code runinstances._fix_args}. */
    static void fixRunInstances(ObjectNode params) {
        if (!params.has("MaxCount")) {
            params.put("MaxCount", 1);
        }
        if (!params.has("MinCount")) {
            params.put("MinCount", 1);
        }
        JsonNode nis = params.get("NetworkInterfaces");
        if (nis == null || !nis.isArray() || nis.size() == 0 || !(nis.get(0) instanceof ObjectNode)) {
            return;
        }
        ObjectNode iface = (ObjectNode) nis.get(0);
        if (!iface.has("PrivateIpAddresses") && !iface.has("SecondaryPrivateIpAddressCount")) {
            return;
        }
        move(params, "SubnetId", iface, "SubnetId");
        move(params, "SecurityGroupIds", iface, "Groups");
        if (params.has("PrivateIpAddress")) {
            ArrayNode list = F.arrayNode();
            list.addObject().set("PrivateIpAddress", params.remove("PrivateIpAddress"));
            ((ObjectNode) list.get(0)).put("Primary", true);
            iface.set("PrivateIpAddresses", list);
        }
        move(params, "Ipv6AddressCount", iface, "Ipv6AddressCount");
        move(params, "Ipv6Addresses", iface, "Ipv6Addresses");
        move(params, "EnablePrimaryIpv6", iface, "PrimaryIpv6");
    }

    private static void move(ObjectNode from, String key, ObjectNode to, String newKey) {
        if (from.has(key)) {
            to.set(newKey, from.remove(key));
        }
    }

    static void securityGroup(ArgumentTable t) {
        for (String hidden : List.of("ip-protocol", "from-port", "to-port", "cidr-ip", "source-security-group-name",
                "source-security-group-owner-id")) {
            CliArgument a = t.get(hidden);
            if (a != null) {
                t.put(new CliArgument(a.name(), a.arity(), a.dest(), a.member(), a.serializedName(), a.required(),
                        a.binder(), a.choices(), a.typeName(), a.documentation(), true));
            }
        }
        t.put(custom("protocol", CliArgument.Arity.ONE, "protocol", "string", (ctx, a, v) -> {
            String value = (String) v;
            if (value.isEmpty()) {
                return;
            }
            try {
                int n = Integer.parseInt(value);
                if ((n < 0 || n > 255) && n != -1) {
                    throw new CommandException("InvalidParameterValue", "Protocol numbers must be in the range "
                            + "0-255 or -1 to specify all protocols.", "Use tcp, udp, icmp, all or a protocol number.");
                }
            } catch (NumberFormatException e) {
                if (!List.of("tcp", "udp", "icmp", "all").contains(value)) {
                    throw new CommandException("InvalidParameterValue", "The --protocol value '" + value + "' is not "
                            + "tcp, udp, icmp, all or a protocol number.", "Use tcp, udp, icmp, all or 0-255.");
                }
                if (value.equals("all")) {
                    value = "-1";
                }
            }
            permission(ctx.params(), "IpProtocol", F.textNode(value));
        }));
        t.put(custom("port", CliArgument.Arity.ONE, "port", "string", (ctx, a, v) -> {
            String value = (String) v;
            if (value.isEmpty()) {
                return;
            }
            String from;
            String to;
            if (value.equals("-1") || value.equals("all")) {
                from = "-1";
                to = "-1";
            } else if (value.indexOf('-', 1) > 0 || value.startsWith("-") && value.indexOf('-', 1) < 0 && false) {
                int dash = value.indexOf('-', 1);
                from = value.substring(0, dash);
                to = value.substring(dash + 1);
            } else {
                from = value;
                to = value;
            }
            try {
                permission(ctx.params(), "FromPort", F.numberNode(Integer.parseInt(from.strip())));
                permission(ctx.params(), "ToPort", F.numberNode(Integer.parseInt(to.strip())));
            } catch (NumberFormatException e) {
                throw new CommandException("InvalidParameterValue", "The --port value '" + value + "' is not of the "
                        + "form <from[-to]>.", "Write e.g. --port 22 or --port 22-25 (or -1 for all).");
            }
        }));
        t.put(custom("cidr", CliArgument.Arity.ONE, "cidr", "string", (ctx, a, v) -> {
            if (!((String) v).isEmpty()) {
                ArrayNode ranges = F.arrayNode();
                ranges.addObject().put("CidrIp", (String) v);
                permission(ctx.params(), "IpRanges", ranges);
            }
        }));
        t.put(custom("source-group", CliArgument.Arity.ONE, "source-group", "string", (ctx, a, v) -> {
            String value = (String) v;
            if (!value.isEmpty()) {
                permission(ctx.params(), value.startsWith("sg-") ? "GroupId" : "GroupName", F.textNode(value));
            }
        }));
        t.put(custom("group-owner", CliArgument.Arity.ONE, "group-owner", "string", (ctx, a, v) -> {
            if (!((String) v).isEmpty()) {
                permission(ctx.params(), "UserId", F.textNode((String) v));
            }
        }));
    }

    private static void permission(ObjectNode params, String key, JsonNode value) {
        if (!params.has("IpPermissions")) {
            params.putArray("IpPermissions").addObject();
        }
        ObjectNode perm = (ObjectNode) params.get("IpPermissions").get(0);
        if (key.equals("GroupId") || key.equals("GroupName") || key.equals("UserId")) {
            if (!perm.has("UserIdGroupPairs")) {
                perm.putArray("UserIdGroupPairs").addObject();
            }
            ((ObjectNode) perm.get("UserIdGroupPairs").get(0)).set(key, value);
        } else {
            perm.set(key, value);
        }
    }

    static void bundleInstance(ArgumentTable t) {
        CliArgument storage = t.get("storage");
        if (storage != null) {
            t.put(storage.withRequired(false));
        }
        for (String[] p : new String[][] {{"bucket", "Bucket"}, {"prefix", "Prefix"}, {"owner-akid", "AWSAccessKeyId"},
                {"owner-sak", "_SAK"}, {"policy", "UploadPolicy"}}) {
            String param = p[1];
            t.put(custom(p[0], CliArgument.Arity.ONE, p[0], "string", (ctx, a, v) -> {
                if (!((String) v).isEmpty()) {
                    ctx.params().with("Storage").with("S3").put(param, (String) v);
                }
            }));
        }
    }

    /** {@code bundleinstance._check_params}: generated upload policy and its signature. */
    static void fixBundle(ObjectNode params) {
        JsonNode s3 = params.path("Storage").path("S3");
        if (!(s3 instanceof ObjectNode)) {
            return;
        }
        ObjectNode storage = (ObjectNode) s3;
        if (!storage.has("UploadPolicy")) {
            String expires = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC)
                    .format(Instant.now().plusSeconds(24 * 3600));
            storage.put("UploadPolicy", "{\"expiration\": \"" + expires + "\",\"conditions\": [{\"bucket\": \""
                    + storage.path("Bucket").asText() + "\"},{\"acl\": \"ec2-bundle-read\"},[\"starts-with\", \"$key\", \""
                    + storage.path("Prefix").asText() + "\"]]}");
        }
        if (!storage.has("UploadPolicySignature")) {
            String policy = storage.path("UploadPolicy").asText(null);
            String sak = storage.path("_SAK").asText(null);
            if (policy != null && sak != null) {
                try {
                    String b64 = Base64.getEncoder().encodeToString(policy.getBytes(StandardCharsets.ISO_8859_1));
                    Mac mac = Mac.getInstance("HmacSHA1");
                    mac.init(new SecretKeySpec(sak.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                    storage.put("UploadPolicySignature", Base64.getEncoder().encodeToString(
                            mac.doFinal(b64.getBytes(StandardCharsets.ISO_8859_1))));
                    storage.remove("_SAK");
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException("HmacSHA1 unavailable", e);
                }
            }
        }
    }

    /** {@code protocolarg.py}: tcp/udp/icmp/all to protocol numbers for network ACL entries. */
    static void fixProtocol(ObjectNode params) {
        JsonNode p = params.get("Protocol");
        if (p != null && p.isTextual()) {
            switch (p.asText()) {
                case "tcp": params.put("Protocol", "6"); break;
                case "udp": params.put("Protocol", "17"); break;
                case "icmp": params.put("Protocol", "1"); break;
                case "all": params.put("Protocol", "-1"); break;
                default: break;
            }
        }
    }

    static CliArgument custom(String name, CliArgument.Arity arity, String dest, String type, Binder b) {
        return new CliArgument(name, arity, dest, null, null, false, b, List.of(), type, null, false);
    }
}
