package io.opensdr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged launcher with {@code --no-services} beside any stack a developer runs
 * (its own port offset and data dir), talks to every part with an ordinary client, and checks
 * that stopping it, gracefully or with kill -9, leaves no process behind.
 */
class LocalStackIT {

    /** Far from the developer's stack (offset 0) and from the end-to-end tests'. */
    private static final int PORT_OFFSET = 17_000;
    private static final Ports PORTS = Ports.withOffset(PORT_OFFSET);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    @Test
    void everyPartAnswersItsClientAndGracefulStopLeavesNoProcess() throws Exception {
        LauncherProcess launcher = start(temp.resolve("data"), temp.resolve("launcher.out"));
        List<ProcessHandle> children = launcher.descendants();
        assertTrue(children.size() >= 2, "kafka and the registry run as child processes: " + children);
        try {
            kafkaCarriesARecord();
            registryServesTheConfluentApi();
            mongoStoresAndReads("it-" + UUID.randomUUID());
            mailGoesOutOverSmtpAndComesBackOverImap();
        } finally {
            launcher.stopGracefully(Duration.ofSeconds(60));
        }
        LauncherProcess.assertAllEnd(children, Duration.ofSeconds(5));
        String output = launcher.output();
        assertTrue(output.indexOf("registry stopped") < output.indexOf("kafka stopped"),
            "the registry stops before kafka:\n" + output);
    }

    @Test
    void mongoDataSurvivesARestartAndKill9LeavesNoProcess() throws Exception {
        Path dataDir = temp.resolve("data");
        String marker = "survivor-" + UUID.randomUUID();

        LauncherProcess first = start(dataDir, temp.resolve("first.out"));
        try {
            mongoCollection(client -> client.insertOne(new Document("_id", marker).append("kept", true)));
        } finally {
            first.stopGracefully(Duration.ofSeconds(60));
        }

        LauncherProcess second = start(dataDir, temp.resolve("second.out"));
        List<ProcessHandle> children = second.descendants();
        try {
            mongoCollection(client -> {
                Document found = client.find(Filters.eq("_id", marker)).first();
                assertNotNull(found, "the document written before the restart is still there");
                assertEquals(true, found.getBoolean("kept"));
            });
        } finally {
            // The launcher cannot stop anything: the children's guard must notice on its own.
            second.kill();
        }
        LauncherProcess.assertAllEnd(children, Duration.ofSeconds(30));
    }

    private LauncherProcess start(Path dataDir, Path output) throws Exception {
        LauncherProcess launcher = LauncherProcess.start(output,
            "--no-services", "--port-offset", Integer.toString(PORT_OFFSET), "--data-dir", dataDir.toString());
        try {
            launcher.awaitUp(START_TIMEOUT);
        } catch (AssertionError | Exception e) {
            launcher.kill();
            throw e;
        }
        return launcher;
    }

    private static void kafkaCarriesARecord() throws Exception {
        String bootstrap = "127.0.0.1:" + PORTS.kafka();
        String topic = "it.local-stack.v1";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        String value = "hello-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "it-local-stack",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (value.equals(record.value())) {
                        return;
                    }
                }
            }
        }
        throw new AssertionError("the record produced to " + topic + " was not consumed within 30 s");
    }

    private static void registryServesTheConfluentApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + PORTS.registry() + "/apis/ccompat/v7";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/subjects")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("["), "a JSON array of subjects: " + response.body());

        // Services starting together register their schemas at the same moment; Apicurio's H2
        // storage alone fails most of such registrations (see the registry's OneWriteAtATimeFilter).
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> registrations = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String schema = "{\"schema\":\"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Parallel" + i
                + "\\\",\\\"fields\\\":[{\\\"name\\\":\\\"id\\\",\\\"type\\\":\\\"string\\\"}]}\"}";
            registrations.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/subjects/it.parallel-" + i + "-value/versions"))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .POST(HttpRequest.BodyPublishers.ofString(schema)).build(),
                HttpResponse.BodyHandlers.ofString()));
        }
        for (var registration : registrations) {
            HttpResponse<String> registered = registration.get(60, TimeUnit.SECONDS);
            assertEquals(200, registered.statusCode(), registered.body());
            assertTrue(registered.body().contains("\"id\""), registered.body());
        }
    }

    private static void mongoStoresAndReads(String id) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + PORTS.mongo())) {
            // What Spring Boot's MongoDB health indicator sends to a service's database.
            Document hello = client.getDatabase("opensdr-campaign").runCommand(new Document("hello", 1));
            assertEquals(1.0, ((Number) hello.get("ok")).doubleValue(), hello.toJson());
            assertEquals(true, hello.getBoolean("isWritablePrimary"), hello.toJson());
        }
        mongoCollection(collection -> {
            collection.insertOne(new Document("_id", id).append("name", "Ada"));
            Document found = collection.find(Filters.eq("_id", id)).first();
            assertNotNull(found);
            assertEquals("Ada", found.getString("name"));
        });
    }

    private static void mongoCollection(java.util.function.Consumer<MongoCollection<Document>> use) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + PORTS.mongo())) {
            use.accept(client.getDatabase("opensdr-it").getCollection("things"));
        }
    }

    private static void mailGoesOutOverSmtpAndComesBackOverImap() throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(PORTS.smtp()));
        Session session = Session.getInstance(properties);
        String subject = "Local stack check " + UUID.randomUUID();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("sdr@opensdr.io"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("prospect@example.com"));
        message.setSubject(subject);
        message.setText("Hello from the integration test");
        Transport.send(message);

        Store store = session.getStore("imap");
        // Authentication is off: any password opens the mailbox the mail created.
        store.connect("127.0.0.1", PORTS.imap(), "prospect@example.com", "any-password");
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message received : inbox.getMessages()) {
                        if (subject.equals(received.getSubject())) {
                            return;
                        }
                    }
                } finally {
                    inbox.close(false);
                }
                Thread.sleep(200);
            }
        } finally {
            store.close();
        }
        assertFalse(true, "the mail sent over SMTP was not found over IMAP");
    }
}
