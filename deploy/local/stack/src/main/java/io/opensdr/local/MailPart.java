package io.opensdr.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Optional;

/**
 * GreenMail SMTP and IMAP inside the launcher JVM. Authentication is off: any user name and
 * password is accepted, and a mailbox is created for every address that receives mail, so
 * the outreach service can send, and a developer can read, without setting accounts up.
 * Mail is kept in memory only.
 */
final class MailPart implements Part {

    private final Ports ports;
    private GreenMail greenMail;

    MailPart(Ports ports) {
        this.ports = ports;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public String address() {
        return "smtp 127.0.0.1:" + ports.smtp() + ", imap 127.0.0.1:" + ports.imap() + " (any user, any password)";
    }

    @Override
    public void start() {
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(ports.smtp(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(ports.imap(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        }).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    @Override
    public void awaitReady() {
        Readiness.await(name(), Duration.ofSeconds(10), null, Optional.empty(),
            () -> Readiness.isListening(ports.smtp()) && Readiness.isListening(ports.imap()));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
