package mx.gob.veracruz.predial;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.veracruz.common.Roles;
import mx.gob.veracruz.predial.internal.GatewayEvents;

/**
 * The payment gateway's callbacks. {@link #store} verifies the signature and commits the event on
 * its own transaction before the resource answers 2xx; {@link #apply} then posts it, once, in
 * another. A failed apply leaves the event RECIBIDO for the retry scheduler.
 */
@Stateless
@PermitAll // the gateway is not a user: the HMAC signature is its credential
public class GatewayEventsFacade {
  @Inject private GatewayEvents events;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public WebhookResult store(byte[] rawBody, String signatureHeader) {
    return events.store(rawBody, signatureHeader);
  }

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public WebhookResult apply(String eventId) {
    return events.apply(eventId);
  }

  /** Ids of events stored but not applied yet (crash or failure between store and apply). */
  @PermitAll
  public List<String> pending() {
    return events.pending();
  }

  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.FINANZAS, Roles.AUDITOR})
  public List<WebhookResult> recent(int max) {
    return events.recent(max);
  }
}
