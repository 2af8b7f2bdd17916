package io.opensdr.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The five services, with the command-line arguments that wire each to the local infrastructure. */
final class Services {

    private Services() {
    }

    static List<ServicePart> all(Layout layout, Ports ports, Options options, Map<String, String> childEnvironment) {
        String kafka = "--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka();
        String registry = "--opensdr.registry-url=http://127.0.0.1:" + ports.registry() + "/apis/registry/v2";
        // Where every service reads the public keys of campaign-service's access tokens (follows --port-offset).
        String jwks = "--opensdr.security.jwks-uri=http://127.0.0.1:" + ports.campaign() + "/api/auth/jwks";
        List<ServicePart> services = new ArrayList<>();
        // Invitations are emailed to GreenMail; their links point at the gateway (the SPA).
        services.add(backend("campaign-service", ports.campaign(), "opensdr-campaign",
            List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + ports.smtp(),
                "--opensdr.invitations.mail.enabled=true",
                "--opensdr.invitations.mail.public-base-url=http://127.0.0.1:" + ports.gateway()),
            kafka, registry, jwks, layout, ports, options, childEnvironment));
        services.add(backend("prospector-service", ports.prospector(), "opensdr-prospector", List.of(), kafka, registry, jwks, layout, ports, options, childEnvironment));
        services.add(backend("qualifier-service", ports.qualifier(), "opensdr-qualifier", List.of(), kafka, registry, jwks, layout, ports, options, childEnvironment));
        services.add(backend("outreach-service", ports.outreach(), "opensdr-outreach",
            List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + ports.smtp(),
                "--opensdr.outreach.smtp-copies.port=" + ports.imap(),
                "--opensdr.outreach.tracking.replies.port=" + ports.imap()),
            kafka, registry, jwks, layout, ports, options, childEnvironment));

        List<String> gatewayArgs = new ArrayList<>();
        gatewayArgs.add("--server.port=" + ports.gateway());
        gatewayArgs.add("--opensdr.gateway.campaign-url=http://127.0.0.1:" + ports.campaign());
        gatewayArgs.add("--opensdr.gateway.prospector-url=http://127.0.0.1:" + ports.prospector());
        gatewayArgs.add("--opensdr.gateway.qualifier-url=http://127.0.0.1:" + ports.qualifier());
        gatewayArgs.add("--opensdr.gateway.outreach-url=http://127.0.0.1:" + ports.outreach());
        profileArgument(options).ifPresent(gatewayArgs::add);
        gatewayArgs.addAll(observabilityArguments(ports, options));
        services.add(new ServicePart("gateway", layout.repoRoot().resolve("gateway/target/gateway.jar"),
            ports.gateway(), gatewayArgs, layout, childEnvironment));
        return services;
    }

    private static ServicePart backend(String name, int port, String database, List<String> extra, String kafka,
                                       String registry, String jwks, Layout layout, Ports ports, Options options,
                                       Map<String, String> childEnvironment) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add(kafka);
        args.add(registry);
        args.add(jwks);
        args.add("--spring.data.mongodb.uri=mongodb://127.0.0.1:" + ports.mongo() + "/" + database);
        args.addAll(extra);
        profileArgument(options).ifPresent(args::add);
        args.addAll(observabilityArguments(ports, options));
        return new ServicePart(name, layout.repoRoot().resolve(name + "/target/" + name + ".jar"),
            port, args, layout, childEnvironment);
    }

    /**
     * Plain-text log files unless --json-logs (the services log ECS JSON by default); spans sent to
     * the launcher's Zipkin with --zipkin, otherwise to nothing.
     */
    static List<String> observabilityArguments(Ports ports, Options options) {
        List<String> args = new ArrayList<>();
        if (!options.jsonLogs()) {
            args.add("--logging.structured.format.console=");
        }
        if (options.zipkin()) {
            args.add("--management.zipkin.tracing.export.enabled=true");
            args.add("--management.zipkin.tracing.endpoint=http://127.0.0.1:" + ports.zipkin() + "/api/v2/spans");
        }
        return args;
    }

    private static java.util.Optional<String> profileArgument(Options options) {
        return options.profile().map(p -> "--spring.profiles.active=" + p);
    }
}
