package mx.gob.veracruz.common.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A non-working day the municipality publishes (día inhábil, suspensión de labores). */
@Entity
@Table(name = "DIA_INHABIL")
@NamedQuery(
    name = "DiaInhabil.findBetween",
    query = "select d from DiaInhabil d where d.fecha between :from and :to order by d.fecha")
@NamedQuery(
    name = "DiaInhabil.findByFecha",
    query = "select d from DiaInhabil d where d.fecha = :fecha")
public class DiaInhabil {
  @Id
  @TableGenerator(
      name = "DIA_INHABIL",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "DIA_INHABIL",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "DIA_INHABIL")
  @Column(name = "ID")
  private Long id;

  @Column(name = "FECHA", nullable = false, unique = true)
  private LocalDate fecha;

  @Column(name = "MOTIVO", nullable = false)
  private String motivo;

  @Version
  @Column(name = "VERSION")
  private long version;

  protected DiaInhabil() {}

  public DiaInhabil(LocalDate fecha, String motivo) {
    this.fecha = fecha;
    this.motivo = motivo;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getFecha() {
    return fecha;
  }

  public String getMotivo() {
    return motivo;
  }
}
