package mx.gob.veracruz.predial;

import java.io.Serializable;

/** What happened to a gateway callback. */
public record WebhookResult(String eventId, String status, String result) implements Serializable {}
