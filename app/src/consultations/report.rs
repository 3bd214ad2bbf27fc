//! The final report's open-data files: every remark and statement with its answer as CSV
//! (UTF-8 with a byte-order mark, so that spreadsheets read Polish letters; formula cells
//! neutralised) and the whole report as JSON.
use super::rules::RemarkState;
use super::ReportView;
use crate::platform::csv_text;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// remarks.csv: one line per remark, then per statement.
pub fn csv(v: &ReportView) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(BOM.to_vec());
    w.write_record([
        "kind",
        "id",
        "section",
        "channel",
        "state",
        "supports",
        "text",
        "verdict",
        "justification",
    ])?;
    for r in &v.remarks {
        let state = match r.state {
            RemarkState::Hidden(reason) => format!("hidden:{}", reason.code()),
            s => s.code().0.to_string(),
        };
        let (verdict, justification) = r
            .answer
            .as_ref()
            .map(|a| (a.verdict.code(), a.justification.as_str()))
            .unwrap_or_default();
        w.write_record([
            "remark",
            &r.id.to_string(),
            &csv_text(r.section.as_deref().unwrap_or_default()),
            r.channel.code(),
            &state,
            &r.supports.to_string(),
            &csv_text(r.text.as_deref().unwrap_or_default()),
            verdict,
            &csv_text(justification),
        ])?;
    }
    for (n, (text, a)) in v.statements.iter().enumerate() {
        let (verdict, justification) = a
            .as_ref()
            .map(|a| (a.verdict.code(), a.justification.as_str()))
            .unwrap_or_default();
        w.write_record([
            "statement",
            &(n + 1).to_string(),
            "",
            "portal",
            "published",
            "",
            &csv_text(text),
            verdict,
            &csv_text(justification),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// report.json: the report as the page shows it.
pub fn json(v: &ReportView) -> Vec<u8> {
    serde_json::to_vec_pretty(v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::rules::{Channel, HideReason, Phase, Topic, Verdict};
    use super::super::{AnswerLine, ConsultationCard, ReportRemark, ReportView};
    use crate::i18n::time::LocalTime;

    #[test]
    fn the_csv_has_a_bom_every_remark_and_no_formulas() {
        let t = LocalTime::at(0);
        let v = ReportView {
            card: ConsultationCard {
                id: 3,
                title: "Ulica".into(),
                summary: String::new(),
                lang: crate::i18n::Lang::Pl,
                topic: Topic::Planning,
                districts: Vec::new(),
                phase: Phase::Reported,
                opens: t,
                closes: t,
                forms: Vec::new(),
            },
            easy_summary: String::new(),
            department: String::new(),
            summary: "S".into(),
            changes: String::new(),
            published: Some(t),
            sections: Vec::new(),
            channels: Vec::new(),
            map_participants: 0,
            map_votes: 0,
            survey_responses: None,
            attendance: Vec::new(),
            groups: Vec::new(),
            remarks: vec![
                ReportRemark {
                    id: 7,
                    section: Some("Chodniki".into()),
                    text: Some("=HYPERLINK(\"x\")".into()),
                    state: RemarkState::Published,
                    channel: Channel::Paper,
                    supports: 2,
                    answer: Some(AnswerLine {
                        verdict: Verdict::PartlyAccepted,
                        justification: "Chodnik będzie miał 2,5 m, bo…".into(),
                    }),
                },
                ReportRemark {
                    id: 8,
                    section: None,
                    text: None,
                    state: RemarkState::Hidden(HideReason::PersonalData),
                    channel: Channel::Portal,
                    supports: 0,
                    answer: None,
                },
            ],
            statements: vec![("Więcej drzew".into(), None)],
        };
        let bytes = super::csv(&v).unwrap();
        assert!(bytes.starts_with(super::BOM));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][6], "'=HYPERLINK(\"x\")");
        assert_eq!(&rows[0][7], "partly-accepted");
        assert_eq!(&rows[0][8], "Chodnik będzie miał 2,5 m, bo…");
        assert_eq!(&rows[1][4], "hidden:personal-data");
        assert_eq!(&rows[1][6], "");
        assert_eq!(&rows[2][0], "statement");
        let json: serde_json::Value = serde_json::from_slice(&super::json(&v)).unwrap();
        assert_eq!(json["remarks"][0]["answer"]["verdict"], "partly-accepted");
    }
    use super::RemarkState;
}
