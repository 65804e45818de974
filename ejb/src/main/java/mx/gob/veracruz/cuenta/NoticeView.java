package mx.gob.veracruz.cuenta;

import java.io.Serializable;
import java.time.Instant;

/** One notice the city sent: channel (EMAIL, SMS, PUSH), module, subject, outcome, when. */
public record NoticeView(
    String channel, String module, String subject, String outcome, Instant sentAt)
    implements Serializable {}
