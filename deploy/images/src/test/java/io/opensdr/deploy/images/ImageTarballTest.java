package io.opensdr.deploy.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads each image tarball that Jib's buildTar wrote (an OCI image layout in a tar) and checks
 * its configuration: what a container runtime would run, as whom, on which port.
 */
class ImageTarballTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("opensdr.root", "../.."));

    @ParameterizedTest
    @CsvSource({
            "campaign-service,   8082, io.opensdr.campaign.CampaignServiceApplication",
            "prospector-service, 8083, io.opensdr.prospector.ProspectorApplication",
            "qualifier-service,  8084, io.opensdr.qualifier.QualifierApplication",
            "outreach-service,   8085, io.opensdr.outreach.OutreachApplication",
            "gateway,            8080, io.opensdr.gateway.GatewayApplication"})
    void shouldRunTheServiceAsANonRootUserWithContainerJvmFlagsOnItsPort(String module, int port, String mainClass) throws IOException {
        Image image = Image.read(ROOT.resolve(module).resolve("target/jib-image.tar"));
        JsonNode config = image.config().path("config");

        assertThat(config.path("User").asText()).isEqualTo("10001:10001");
        assertThat(config.path("ExposedPorts").has(port + "/tcp")).as("exposed ports %s", config.path("ExposedPorts")).isTrue();
        assertThat(config.path("ExposedPorts").size()).isEqualTo(1);
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=60", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp");
        assertThat(entrypoint.get(entrypoint.size() - 1)).isEqualTo(mainClass);
        assertThat(image.config().path("os").asText()).isEqualTo("linux");
        assertThat(image.files()).anySatisfy(file -> assertThat(file).startsWith("app/classes/io/opensdr/"));
        assertThat(image.files()).anySatisfy(file -> assertThat(file).matches("app/libs/spring-boot-3\\..*\\.jar"));
        if (module.equals("gateway")) {
            // The SPA is served by the gateway: the frontend jar (static/index.html and the bundle) is in its image.
            assertThat(image.files()).anySatisfy(file -> assertThat(file).matches("app/libs/frontend-.*\\.jar"));
        }
    }

    /** The parts of an OCI image layout tarball the test reads: the config and the layers' file names. */
    record Image(JsonNode config, List<String> files) {

        static Image read(Path tarball) throws IOException {
            assertThat(tarball).as("built by ./mvnw -Pimages package").exists();
            Map<String, byte[]> entries = Tar.read(Files.newInputStream(tarball));
            JsonNode index = JSON.readTree(entries.get("index.json"));
            JsonNode manifest = JSON.readTree(blob(entries, index.path("manifests").get(0).path("digest").asText()));
            JsonNode config = JSON.readTree(blob(entries, manifest.path("config").path("digest").asText()));
            List<String> files = new ArrayList<>();
            for (JsonNode layer : manifest.path("layers")) {
                byte[] content = blob(entries, layer.path("digest").asText());
                InputStream in = new java.io.ByteArrayInputStream(content);
                if (layer.path("mediaType").asText().endsWith("gzip")) {
                    in = new GZIPInputStream(in);
                }
                Tar.read(in).keySet().forEach(name -> files.add(name.startsWith("/") ? name.substring(1) : name));
            }
            return new Image(config, files);
        }

        private static byte[] blob(Map<String, byte[]> entries, String digest) {
            byte[] blob = entries.get("blobs/" + digest.replace(':', '/'));
            assertThat(blob).as("blob %s", digest).isNotNull();
            return blob;
        }
    }

    /** A minimal reader of ustar archives (what Jib writes): name, size, content. */
    static final class Tar {

        static Map<String, byte[]> read(InputStream in) throws IOException {
            Map<String, byte[]> entries = new HashMap<>();
            try (in) {
                byte[] header = new byte[512];
                String longName = null;
                while (in.readNBytes(header, 0, 512) == 512) {
                    if (header[0] == 0) {
                        break;
                    }
                    String name = text(header, 0, 100);
                    String prefix = text(header, 345, 155);
                    if (!prefix.isEmpty()) {
                        name = prefix + "/" + name;
                    }
                    long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
                    byte type = header[156];
                    byte[] content = in.readNBytes((int) size);
                    in.readNBytes((int) ((512 - size % 512) % 512));
                    if (type == 'L') {
                        longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                        continue;
                    }
                    if (longName != null) {
                        name = longName;
                        longName = null;
                    }
                    if (type == '0' || type == 0) {
                        entries.put(name, content);
                    }
                }
            }
            return entries;
        }

        private static String text(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.UTF_8);
        }
    }

}
