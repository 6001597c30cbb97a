package dev.awsmcp.client.protocol.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.ServiceModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.protocoltests.traits.AppliesTo;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestCase;
import software.amazon.smithy.protocoltests.traits.HttpRequestTestsTrait;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestCase;
import software.amazon.smithy.protocoltests.traits.HttpResponseTestsTrait;

/**
 * The protocol tests of {@code smithy-aws-protocol-tests}, loaded once per JVM: every client request and response
 * case per protocol, with each test service bridged to our runtime's model form.
 */
final class ConformanceModel {
    private static volatile ConformanceModel instance;

    final Model model;
    private final Map<ShapeId, ServiceModel> bridged = new ConcurrentHashMap<>();
    private final Map<ShapeId, SmithyBridge> bridges = new ConcurrentHashMap<>();

    private ConformanceModel(Model model) {
        this.model = model;
    }

    static ConformanceModel get() {
        ConformanceModel m = instance;
        if (m == null) {
            synchronized (ConformanceModel.class) {
                m = instance;
                if (m == null) {
                    Model model = Model.assembler().discoverModels(ConformanceModel.class.getClassLoader())
                            .disableValidation() // the jar is validated upstream; skipping saves seconds
                            .assemble().unwrap();
                    instance = m = new ConformanceModel(model);
                }
            }
        }
        return m;
    }

    /** A case: one request or response test of one operation (or error shape) of one service. */
    record Case(String id, WireProtocol protocol, ServiceShape service, OperationShape operation, Shape errorShape,
                HttpRequestTestCase request, HttpResponseTestCase response) {
        /** {@code request <id>} or {@code response <id>}: a request and a response test may share an id. */
        String key() {
            return (request != null ? "request " : "response ") + id;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    ServiceModel serviceModel(ServiceShape service, WireProtocol protocol) {
        return bridged.computeIfAbsent(service.getId(), id -> {
            ObjectNode json = bridge(service, protocol).convert();
            return ServiceModel.fromJson(id.getName().toLowerCase(java.util.Locale.ROOT), id.getName(), json, Map.of());
        });
    }

    SmithyBridge bridge(ServiceShape service, WireProtocol protocol) {
        return bridges.computeIfAbsent(service.getId(), id -> new SmithyBridge(model, service, protocol));
    }

    /** Every client case of a protocol, services in name order. */
    List<Case> cases(WireProtocol protocol) {
        List<Case> out = new ArrayList<>();
        List<ServiceShape> services = new ArrayList<>(model.getServiceShapes());
        services.sort(Comparator.comparing(s -> s.getId().toString()));
        for (ServiceShape service : services) {
            if (!service.hasTrait(protocol.traitId)) {
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            Map<ShapeId, OperationShape> errorOwners = new LinkedHashMap<>();
            for (OperationShape op : TopDownIndex.of(model).getContainedOperations(service)) {
                op.getTrait(HttpRequestTestsTrait.class).ifPresent(t -> {
                    for (HttpRequestTestCase c : t.getTestCasesFor(AppliesTo.CLIENT)) {
                        if (c.getProtocol().equals(protocol.traitId) && ids.add("request " + c.getId())) {
                            out.add(new Case(c.getId(), protocol, service, op, null, c, null));
                        }
                    }
                });
                op.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> {
                    for (HttpResponseTestCase c : t.getTestCasesFor(AppliesTo.CLIENT)) {
                        if (c.getProtocol().equals(protocol.traitId) && ids.add("response " + c.getId())) {
                            out.add(new Case(c.getId(), protocol, service, op, null, null, c));
                        }
                    }
                });
                for (ShapeId e : op.getErrors(service)) {
                    errorOwners.putIfAbsent(e, op);
                }
            }
            for (Map.Entry<ShapeId, OperationShape> e : errorOwners.entrySet()) {
                Shape error = model.expectShape(e.getKey());
                error.getTrait(HttpResponseTestsTrait.class).ifPresent(t -> {
                    for (HttpResponseTestCase c : t.getTestCasesFor(AppliesTo.CLIENT)) {
                        if (c.getProtocol().equals(protocol.traitId) && ids.add("response " + c.getId())) {
                            out.add(new Case(c.getId(), protocol, service, e.getValue(), error, null, c));
                        }
                    }
                });
            }
        }
        return out;
    }
}
