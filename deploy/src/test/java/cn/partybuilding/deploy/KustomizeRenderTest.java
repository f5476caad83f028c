package cn.partybuilding.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kustomization renders, and the production overlay holds what the issue asks for and no Secret. */
class KustomizeRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "keycloak"})
    void renders(String kustomization) {
        var objects = Manifests.render(kustomization);
        assertTrue(Manifests.ofKind(objects, "Secret").isEmpty(), "secrets are created by hand, never committed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void eachModuleHasItsWorkloadObjects(String kustomization) {
        var objects = Manifests.render(kustomization);
        for (var kind : Set.of("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
            var names = Manifests.ofKind(objects, kind).stream()
                    .map(object -> object.path("metadata").path("name").asText())
                    .collect(Collectors.toSet());
            assertEquals(Modules.DEPLOYABLE, names, kind);
        }
        var ingresses = Manifests.ofKind(objects, "Ingress");
        assertEquals(1, ingresses.size());
        var backends = ingresses.get(0).findValues("service").stream()
                .map(service -> service.path("name").asText())
                .collect(Collectors.toSet());
        assertEquals(Set.of("gateway"), backends, "the Ingress leads to the gateway only");
        assertEquals("$http_authorization", ingresses.get(0).path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/upstream-hash-by").asText(), "a caller's budget is counted on one replica");
        Set<String> paths = ingresses.get(0).findValues("path").stream().filter(path -> path.isTextual())
                .map(path -> path.asText()).collect(Collectors.toSet());
        assertEquals(Set.of("/v1", "/openapi", "/q/swagger-ui"), paths,
                "the API, the contract and Swagger UI; metrics and health stay inside the cluster");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void servicesAdmitOnlyTheGatewayAndTheirReaders(String kustomization) {
        var policies = Manifests.ofKind(Manifests.render(kustomization), "NetworkPolicy");
        var denyAll = policies.stream().filter(policy -> policy.path("spec").path("podSelector").isEmpty()
                && policy.path("spec").path("ingress").isMissingNode()).count();
        assertEquals(1, denyAll, "one policy that admits nothing to any pod");
        assertEquals(Set.of("gateway", "assessment-service"), admittedPods(policies, "activity-service"));
        assertEquals(Set.of("gateway", "assessment-service"), admittedPods(policies, "volunteer-service"));
        assertEquals(Set.of("gateway", "activity-service", "volunteer-service", "assessment-service"), admittedPods(policies, "branch-service"));
        assertEquals(Set.of("gateway"), admittedPods(policies, "assessment-service"), "nothing reads assessment-service but the gateway");
        assertEquals(Set.of(), admittedPods(policies, "gateway"), "the gateway is reached from the ingress controller's namespace");
    }

    private static Set<String> admittedPods(java.util.List<com.fasterxml.jackson.databind.JsonNode> policies, String target) {
        return policies.stream()
                .filter(policy -> target.equals(policy.path("spec").path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/name").asText()))
                .flatMap(policy -> policy.path("spec").path("ingress").findValues("podSelector").stream())
                .map(selector -> selector.path("matchLabels").path("app.kubernetes.io/name").asText())
                .collect(Collectors.toSet());
    }
}
