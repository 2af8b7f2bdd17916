package io.opensdr.outreach.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.web.ProblemDetailsAdvice;
import io.opensdr.outreach.domain.LinkTracking;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class TrackingControllerTest {

    private final LinkTracking tracking = mock(LinkTracking.class);
    private final MockMvc http = MockMvcBuilders.standaloneSetup(new TrackingController(tracking))
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void shouldAnswerTheUncachedPixelAndPassTheUserAgentOn() throws Exception {
        http.perform(get("/api/outreach/track/open/tok").header("User-Agent", "Thunderbird/115"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_GIF))
                .andExpect(content().bytes(TrackingController.PIXEL))
                .andExpect(header().string("Cache-Control", "no-store, must-revalidate"))
                .andExpect(header().string("Pragma", "no-cache"));
        verify(tracking).opened("tok", "Thunderbird/115");
    }

    @Test
    void shouldAnswerThePixelEvenWhenTheOpenCannotBeStored() throws Exception {
        when(tracking.opened(anyString(), any())).thenThrow(new IllegalStateException("database down"));

        http.perform(get("/api/outreach/track/open/tok"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(TrackingController.PIXEL));
    }

    @Test
    void shouldRedirectToTheSignedDestinationOnly() throws Exception {
        when(tracking.clicked("good", null)).thenReturn(Optional.of(URI.create("https://cal.example/camille")));
        when(tracking.clicked("forged", null)).thenReturn(Optional.empty());

        http.perform(get("/api/outreach/track/click/good"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "https://cal.example/camille"));
        http.perform(get("/api/outreach/track/click/forged"))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.title").value("Unknown link"));
    }
}
