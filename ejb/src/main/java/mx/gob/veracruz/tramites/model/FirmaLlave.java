package mx.gob.veracruz.tramites.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An office signing key: the public half verifies, the private half only outside production. */
@Entity
@Table(name = "TRAMITE_LLAVE")
@NamedQuery(name = "FirmaLlave.all", query = "select k from FirmaLlave k order by k.createdAt")
public class FirmaLlave {
  @Id
  @Column(name = "KEY_ID")
  private String keyId;

  @Column(name = "PUBLIC_KEY")
  private String publicKey;

  @Column(name = "PRIVATE_KEY")
  private String privateKey;

  @Column(name = "CREATED_AT")
  private java.time.Instant createdAt;

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  public String getPublicKey() {
    return publicKey;
  }

  public void setPublicKey(String publicKey) {
    this.publicKey = publicKey;
  }

  public String getPrivateKey() {
    return privateKey;
  }

  public void setPrivateKey(String privateKey) {
    this.privateKey = privateKey;
  }

  public java.time.Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(java.time.Instant createdAt) {
    this.createdAt = createdAt;
  }
}
