package mx.gob.veracruz.sirc.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** The answer to one of the service's questions, with the question as it was asked. */
@Entity
@Table(name = "SIRC_ANSWER")
@NamedQuery(
    name = "ReportAnswer.byReport",
    query = "select a from ReportAnswer a where a.reportId = :reportId order by a.id")
public class ReportAnswer {
  @Id
  @TableGenerator(
      name = "SIRC_ANSWER",
      table = "ID_GEN",
      pkColumnName = "GEN_NAME",
      valueColumnName = "GEN_VALUE",
      pkColumnValue = "SIRC_ANSWER",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "SIRC_ANSWER")
  @Column(name = "ID")
  private Long id;

  @Column(name = "REPORT_ID")
  private Long reportId;

  @Column(name = "ATTRIBUTE_CODE")
  private String attributeCode;

  @Column(name = "QUESTION")
  private String question;

  @Column(name = "ANSWER")
  private String answer;

  public Long getId() {
    return id;
  }

  public Long getReportId() {
    return reportId;
  }

  public void setReportId(Long reportId) {
    this.reportId = reportId;
  }

  public String getAttributeCode() {
    return attributeCode;
  }

  public void setAttributeCode(String attributeCode) {
    this.attributeCode = attributeCode;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }
}
