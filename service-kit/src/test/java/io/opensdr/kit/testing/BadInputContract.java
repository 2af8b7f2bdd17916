package io.opensdr.kit.testing;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input tests of a service, so that its {@code BadInputTest} lists only its cases and its
 * fixture: every endpoint of the service has cases ({@link BadInput#assertCoversEveryEndpoint}), and
 * each case is refused with a 4xx problem and changes nothing stored ({@link #storedState}).
 */
public interface BadInputContract extends WebTestAccess {

    BadInput badInputCases();

    /** Creates the caller's resources the cases name, by path variable ({@link Endpoint#expand}). */
    Map<String, String> idsOfTheCallersResources() throws Exception;

    /** The Authorization header of the caller (a member of the fixture's workspace). */
    String caller();

    /** Everything the service stores, read back, to compare before and after each case. */
    Object storedState();

    @Test
    default void shouldHaveBadInputCasesForEveryEndpoint() {
        badInputCases().assertCoversEveryEndpoint(Endpoint.ofTheService(handlerMapping()));
    }

    @TestFactory
    default List<DynamicTest> shouldRefuseBadInputWithAProblemAndChangeNothing() throws Exception {
        return badInputCases().tests(mockMvc(), idsOfTheCallersResources(),
                endpoint -> WorkspaceIsolation.isPublic(endpoint, publicEndpoints()) ? null : caller(), this::storedState);
    }
}
