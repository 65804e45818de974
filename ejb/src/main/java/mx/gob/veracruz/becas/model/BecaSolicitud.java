package mx.gob.veracruz.becas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** An application to a call, for one student (her CURP); ACTIVE_KEY (cycle:CURP) while live. */
@Entity
@Table(name = "BECA_SOLICITUD")
@NamedQuery(
    name = "BecaSolicitud.byFolio",
    query = "select s from BecaSolicitud s where s.folio = :folio")
@NamedQuery(
    name = "BecaSolicitud.ofAccount",
    query = "select s from BecaSolicitud s where s.cuentaId = :cuentaId order by s.filedAt desc")
@NamedQuery(
    name = "BecaSolicitud.byActiveKey",
    query = "select s from BecaSolicitud s where s.activeKey = :key")
@NamedQuery(
    name = "BecaSolicitud.ofCallInStatus",
    query =
        "select s from BecaSolicitud s where s.convocatoriaId = :conv and s.status in :statuses order by s.score desc, s.filedAt, s.id")
public class BecaSolicitud {
  @Id
  @TableGenerator(
      name = "BECA_SOLICITUD",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "BECA_SOLICITUD",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "BECA_SOLICITUD")
  @Column(name = "ID")
  private Long id;

  @Version
  @Column(name = "VERSION")
  private long version;

  @Column(name = "FOLIO")
  private String folio;

  @Column(name = "CONVOCATORIA_ID")
  private Long convocatoriaId;

  @Column(name = "CUENTA_ID")
  private Long cuentaId;

  @Column(name = "CURP")
  private String curp;

  @Column(name = "ACTIVE_KEY")
  private String activeKey;

  @Column(name = "STUDENT_NAME")
  private String studentName;

  @Column(name = "APPLICANT_NAME")
  private String applicantName;

  @Column(name = "BIRTH_DATE")
  private java.time.LocalDate birthDate;

  @Column(name = "SCHOOL_LEVEL")
  private String schoolLevel;

  @Column(name = "SCHOOL_NAME")
  private String schoolName;

  @Column(name = "GRADE_AVERAGE")
  private java.math.BigDecimal gradeAverage;

  @Column(name = "HOUSEHOLD_INCOME")
  private java.math.BigDecimal householdIncome;

  @Column(name = "HOUSEHOLD_MEMBERS")
  private int householdMembers;

  @Column(name = "COLONIA_ID")
  private Long coloniaId;

  @Column(name = "RESIDENT")
  private boolean resident;

  @Column(name = "CLABE")
  private String clabe;

  @Column(name = "STATUS")
  private String status;

  @Column(name = "ELIGIBILITY")
  private String eligibility;

  @Column(name = "SCORE")
  private java.math.BigDecimal score;

  @Column(name = "RANK_NO")
  private Integer rankNo;

  @Column(name = "PROPOSED")
  private boolean proposed;

  @Column(name = "STATUS_REASON")
  private String statusReason;

  @Column(name = "FILED_AT")
  private java.time.Instant filedAt;

  @Column(name = "UPDATED_AT")
  private java.time.Instant updatedAt;

  public Long getId() {
    return id;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String v) {
    this.folio = v;
  }

  public Long getConvocatoriaId() {
    return convocatoriaId;
  }

  public void setConvocatoriaId(Long v) {
    this.convocatoriaId = v;
  }

  public Long getCuentaId() {
    return cuentaId;
  }

  public void setCuentaId(Long v) {
    this.cuentaId = v;
  }

  public String getCurp() {
    return curp;
  }

  public void setCurp(String v) {
    this.curp = v;
  }

  public String getActiveKey() {
    return activeKey;
  }

  public void setActiveKey(String v) {
    this.activeKey = v;
  }

  public String getStudentName() {
    return studentName;
  }

  public void setStudentName(String v) {
    this.studentName = v;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String v) {
    this.applicantName = v;
  }

  public java.time.LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(java.time.LocalDate v) {
    this.birthDate = v;
  }

  public String getSchoolLevel() {
    return schoolLevel;
  }

  public void setSchoolLevel(String v) {
    this.schoolLevel = v;
  }

  public String getSchoolName() {
    return schoolName;
  }

  public void setSchoolName(String v) {
    this.schoolName = v;
  }

  public java.math.BigDecimal getGradeAverage() {
    return gradeAverage;
  }

  public void setGradeAverage(java.math.BigDecimal v) {
    this.gradeAverage = v;
  }

  public java.math.BigDecimal getHouseholdIncome() {
    return householdIncome;
  }

  public void setHouseholdIncome(java.math.BigDecimal v) {
    this.householdIncome = v;
  }

  public int getHouseholdMembers() {
    return householdMembers;
  }

  public void setHouseholdMembers(int v) {
    this.householdMembers = v;
  }

  public Long getColoniaId() {
    return coloniaId;
  }

  public void setColoniaId(Long v) {
    this.coloniaId = v;
  }

  public boolean isResident() {
    return resident;
  }

  public void setResident(boolean v) {
    this.resident = v;
  }

  public String getClabe() {
    return clabe;
  }

  public void setClabe(String v) {
    this.clabe = v;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    this.status = v;
  }

  public String getEligibility() {
    return eligibility;
  }

  public void setEligibility(String v) {
    this.eligibility = v;
  }

  public java.math.BigDecimal getScore() {
    return score;
  }

  public void setScore(java.math.BigDecimal v) {
    this.score = v;
  }

  public Integer getRankNo() {
    return rankNo;
  }

  public void setRankNo(Integer v) {
    this.rankNo = v;
  }

  public boolean isProposed() {
    return proposed;
  }

  public void setProposed(boolean v) {
    this.proposed = v;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public void setStatusReason(String v) {
    this.statusReason = v;
  }

  public java.time.Instant getFiledAt() {
    return filedAt;
  }

  public void setFiledAt(java.time.Instant v) {
    this.filedAt = v;
  }

  public java.time.Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(java.time.Instant v) {
    this.updatedAt = v;
  }
}
