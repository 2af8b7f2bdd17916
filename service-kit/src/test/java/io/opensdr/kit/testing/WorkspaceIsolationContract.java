package io.opensdr.kit.testing;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The isolation tests of a service, so that its {@code WorkspaceIsolationTest} lists only its cases
 * and workspace B's resources: every endpoint covered ({@link WorkspaceIsolation#assertCoversEveryEndpoint}),
 * a member of workspace A gets 404 for each of B's resources, and nothing answers without credentials
 * but the public routes.
 */
public interface WorkspaceIsolationContract extends WebTestAccess {

    /** One case per endpoint. */
    WorkspaceIsolation isolationCases();

    /** Creates workspace B's resources and names them by path variable ({@link Endpoint#expand}). */
    Map<String, String> idsOfWorkspaceB() throws Exception;

    /** The Authorization header of a member of workspace A. */
    String memberOfWorkspaceA();

    /** The Authorization header of a member of workspace B. */
    String memberOfWorkspaceB();

    @Test
    default void shouldCoverEveryEndpoint() {
        isolationCases().assertCoversEveryEndpoint(Endpoint.all(handlerMapping()), publicEndpoints());
    }

    @TestFactory
    default List<DynamicTest> shouldAnswer404ToAMemberOfAnotherWorkspace() throws Exception {
        return isolationCases().crossWorkspaceTests(mockMvc(), idsOfWorkspaceB(), this::memberOfWorkspaceA,
                this::memberOfWorkspaceB);
    }

    @TestFactory
    default List<DynamicTest> shouldAnswer401WithoutCredentials() {
        return WorkspaceIsolation.unauthenticatedTests(mockMvc(), Endpoint.all(handlerMapping()), publicEndpoints());
    }
}
