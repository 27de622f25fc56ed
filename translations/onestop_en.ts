<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachDialog</name>
    <message numerus="yes">
        <source>{name} · {size} byte(s)</source>
        <translation>
            <numerusform>{name} · {size} byte</numerusform>
            <numerusform>{name} · {size} bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>{n} byte(s)</source>
        <translation>
            <numerusform>{n} byte</numerusform>
            <numerusform>{n} bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message numerus="yes">
        <source>%n entries (the newest {limit} shown)</source>
        <translation>
            <numerusform>%n entry (the newest {limit} shown)</numerusform>
            <numerusform>%n entries (the newest {limit} shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to {path}.</source>
        <translation>
            <numerusform>%n entry written to {path}.</numerusform>
            <numerusform>%n entries written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message numerus="yes">
        <source>Backup written: {path} ({size} bytes, %n attachment(s)).</source>
        <translation>
            <numerusform>Backup written: {path} ({size} bytes, %n attachment).</numerusform>
            <numerusform>Backup written: {path} ({size} bytes, %n attachments).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message numerus="yes">
        <source>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for %n minutes, every read is flagged in the audit trail, and the manager reviews your reason.</source>
        <translation>
            <numerusform>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for %n minute, every read is flagged in the audit trail, and the manager reviews your reason.</numerusform>
            <numerusform>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for %n minutes, every read is flagged in the audit trail, and the manager reviews your reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why you need it now (at least %n characters)</source>
        <translation>
            <numerusform>Why you need it now (at least %n character)</numerusform>
            <numerusform>Why you need it now (at least %n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFileHeader</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>%n+ cases, more as you scroll</source>
        <translation>
            <numerusform>%n+ cases, more as you scroll</numerusform>
            <numerusform>%n+ cases, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message numerus="yes">
        <source>%n still to answer</source>
        <translation>
            <numerusform>%n still to answer</numerusform>
            <numerusform>%n still to answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours left</comment>
        <extracomment>A unit of the time left in a clinical window, after the number: &quot;h&quot; for hours.</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message numerus="yes">
        <source>%n character(s) typed, at most {most}</source>
        <translation>
            <numerusform>%n character typed, at most {most}</numerusform>
            <numerusform>%n characters typed, at most {most}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed, at least {least}</source>
        <translation>
            <numerusform>%n character typed, at least {least}</numerusform>
            <numerusform>%n characters typed, at least {least}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message numerus="yes">
        <source>%n later visit(s) for incident {n} are listed with their injuries in its medico-legal report ({number}), under Later review visits, and are not repeated here.</source>
        <translation>
            <numerusform>%n later visit for incident {n} is listed with its injuries in its medico-legal report ({number}), under Later review visits, and is not repeated here.</numerusform>
            <numerusform>%n later visits for incident {n} are listed with their injuries in its medico-legal report ({number}), under Later review visits, and are not repeated here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medical encounter(s), summarised; the full record of each is available on request.</source>
        <translation>
            <numerusform>%n medical encounter, summarised; its full record is available on request.</numerusform>
            <numerusform>%n medical encounters, summarised; the full record of each is available on request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The notes of %n counselling session(s) held up to her consent, given {when}, to disclose her counselling notes to a court: {dates}.</source>
        <translation>
            <numerusform>The notes of %n counselling session held up to her consent, given {when}, to disclose her counselling notes to a court: {dates}.</numerusform>
            <numerusform>The notes of %n counselling sessions held up to her consent, given {when}, to disclose her counselling notes to a court: {dates}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later session(s) are not disclosed: her consent does not cover them.</source>
        <translation>
            <numerusform>%n later session is not disclosed: her consent does not cover it.</numerusform>
            <numerusform>%n later sessions are not disclosed: her consent does not cover them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) follow.</source>
        <translation>
            <numerusform>%n page follows.</numerusform>
            <numerusform>%n pages follow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) to review</source>
        <translation>
            <numerusform>%n action to review</numerusform>
            <numerusform>%n actions to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agency} — %n outstanding</source>
        <translation>
            <numerusform>{agency} — %n outstanding</numerusform>
            <numerusform>{agency} — %n outstanding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s) old</source>
        <translation>
            <numerusform>about %n year old</numerusform>
            <numerusform>about %n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Injuries recorded at %n later visit(s) more than {days} days after the examination ({dates}) are not shown with this incident&apos;s injuries: by then its injuries have usually healed, and what is seen may have another cause. Those visits are listed under Later review visits.</source>
        <translation>
            <numerusform>Injuries recorded at %n later visit more than {days} days after the examination ({dates}) are not shown with this incident&apos;s injuries: by then its injuries have usually healed, and what is seen may have another cause. That visit is listed under Later review visits.</numerusform>
            <numerusform>Injuries recorded at %n later visits more than {days} days after the examination ({dates}) are not shown with this incident&apos;s injuries: by then its injuries have usually healed, and what is seen may have another cause. Those visits are listed under Later review visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers the first forensic examination of the incident. %n further examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>This report covers the first forensic examination of the incident. %n further examination of the same incident, reported on its own:</numerusform>
            <numerusform>This report covers the first forensic examination of the incident. %n further examinations of the same incident, each reported on its own:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report covers a later forensic examination of the incident. %n other examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>This report covers a later forensic examination of the incident. %n other examination of the same incident, reported on its own:</numerusform>
            <numerusform>This report covers a later forensic examination of the incident. %n other examinations of the same incident, each reported on its own:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>A document password has at least %n characters.</source>
        <translation>
            <numerusform>A document password has at least %n character.</numerusform>
            <numerusform>A document password has at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>%n more on the Reminders tab.</source>
        <translation>
            <numerusform>%n more on the Reminders tab.</numerusform>
            <numerusform>%n more on the Reminders tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message numerus="yes">
        <source>%n row(s) checked:</source>
        <translation>
            <numerusform>%n row checked:</numerusform>
            <numerusform>%n rows checked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be refused,</source>
        <translation>
            <numerusform>%n would be refused,</numerusform>
            <numerusform>%n would be refused,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be case(s) already in the vault.</source>
        <translation>
            <numerusform>%n may be a case already in the vault.</numerusform>
            <numerusform>%n may be cases already in the vault.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new case(s),</source>
        <translation>
            <numerusform>Imported: %n new case,</numerusform>
            <numerusform>Imported: %n new cases,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s),</source>
        <translation>
            <numerusform>%n incident,</numerusform>
            <numerusform>%n incidents,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added to existing cases.</source>
        <translation>
            <numerusform>%n row added to existing cases.</numerusform>
            <numerusform>%n rows added to existing cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentRecorderDialog</name>
    <message numerus="yes">
        <source>Written {path}: %n incident(s).</source>
        <translation>
            <numerusform>Written {path}: %n incident.</numerusform>
            <numerusform>Written {path}: %n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>Escalation (%n+ incidents in 12 months)</source>
        <translation>
            <numerusform>Escalation (%n+ incident in 12 months)</numerusform>
            <numerusform>Escalation (%n+ incidents in 12 months)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>The risk checklist {name} has thresholds that cannot work: medium ({medium}) must be below high ({high}), and high no more than the %n question(s).</source>
        <translation>
            <numerusform>The risk checklist {name} has thresholds that cannot work: medium ({medium}) must be below high ({high}), and high no more than the %n question.</numerusform>
            <numerusform>The risk checklist {name} has thresholds that cannot work: medium ({medium}) must be below high ({high}), and high no more than the %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer: give one to each (&quot;not known&quot; and &quot;declined&quot; are answers).</source>
        <translation>
            <numerusform>%n question has no answer: give it one (&quot;not known&quot; and &quot;declined&quot; are answers).</numerusform>
            <numerusform>%n questions have no answer: give one to each (&quot;not known&quot; and &quot;declined&quot; are answers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{room} / {bed} · %n child(ren)</source>
        <translation>
            <numerusform>{room} / {bed} · %n child</numerusform>
            <numerusform>{room} / {bed} · %n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %n second before trying again.</numerusform>
            <numerusform>Too many failed attempts. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A meeting&apos;s venue is at most %n character(s).</source>
        <translation>
            <numerusform>A meeting&apos;s venue is at most %n character.</numerusform>
            <numerusform>A meeting&apos;s venue is at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried from the last meeting have no outcome yet: say for each whether it was done, not done or is no longer possible.</source>
        <translation>
            <numerusform>%n action carried from the last meeting has no outcome yet: say whether it was done, not done or is no longer possible.</numerusform>
            <numerusform>%n actions carried from the last meeting have no outcome yet: say for each whether it was done, not done or is no longer possible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One person a line, at most %n character(s) each.</source>
        <translation>
            <numerusform>One person a line, at most %n character each.</numerusform>
            <numerusform>One person a line, at most %n characters each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n minute(s).</source>
        <translation>
            <numerusform>Between {low} and %n minute.</numerusform>
            <numerusform>Between {low} and %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n day(s).</source>
        <translation>
            <numerusform>Between {low} and %n day.</numerusform>
            <numerusform>Between {low} and %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} (no limit) and %n day(s).</source>
        <translation>
            <numerusform>Between {low} (no limit) and %n day.</numerusform>
            <numerusform>Between {low} (no limit) and %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n character(s).</source>
        <translation>
            <numerusform>A name can be at most %n character.</numerusform>
            <numerusform>A name can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n character(s).</source>
        <translation>
            <numerusform>A reason can be at most %n character.</numerusform>
            <numerusform>A reason can be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %n column(s) the file does not have.</source>
        <translation>
            <numerusform>The mapping names %n column the file does not have.</numerusform>
            <numerusform>The mapping names %n columns the file does not have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most {limit:,} character(s).</source>
        <translation>
            <numerusform>At most {limit:,} character.</numerusform>
            <numerusform>At most {limit:,} characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide for each possible duplicate: %n left.</source>
        <translation>
            <numerusform>Decide for each possible duplicate: %n left.</numerusform>
            <numerusform>Decide for each possible duplicate: %n left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n character(s) (a few unrelated words make a good one).</source>
        <translation>
            <numerusform>The password is too short: use at least %n character (a few unrelated words make a good one).</numerusform>
            <numerusform>The password is too short: use at least %n characters (a few unrelated words make a good one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>The password is too long: use at most %n character.</numerusform>
            <numerusform>The password is too long: use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write why you need this section (at least %n character(s)): the manager reviews every break-glass access.</source>
        <translation>
            <numerusform>Write why you need this section (at least %n character): the manager reviews every break-glass access.</numerusform>
            <numerusform>Write why you need this section (at least %n characters): the manager reviews every break-glass access.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n character(s).</source>
        <translation>
            <numerusform>A document password has at least %n character.</numerusform>
            <numerusform>A document password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why this must be shared without her consent (at least %n character(s)).</source>
        <translation>
            <numerusform>Explain why this must be shared without her consent (at least %n character).</numerusform>
            <numerusform>Explain why this must be shared without her consent (at least %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>A password has at least %n character.</numerusform>
            <numerusform>A password has at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bundle has %n page(s): more than the 350 a court accepts under Practice Direction 27A unless it directs otherwise. Leave out parts, or print the medical encounters as a summary table, or export it anyway. Nothing was written.</source>
        <translation>
            <numerusform>The bundle has %n page: more than the 350 a court accepts under Practice Direction 27A unless it directs otherwise. Leave out parts, or print the medical encounters as a summary table, or export it anyway. Nothing was written.</numerusform>
            <numerusform>The bundle has %n pages: more than the 350 a court accepts under Practice Direction 27A unless it directs otherwise. Leave out parts, or print the medical encounters as a summary table, or export it anyway. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write why the counselling notes are relevant to these proceedings (at least %n character(s)): it is printed at the head of their section.</source>
        <translation>
            <numerusform>Write why the counselling notes are relevant to these proceedings (at least %n character): it is printed at the head of their section.</numerusform>
            <numerusform>Write why the counselling notes are relevant to these proceedings (at least %n characters): it is printed at the head of their section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One line of at most %n character(s).</source>
        <translation>
            <numerusform>One line of at most %n character.</numerusform>
            <numerusform>One line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide case by case: for {cases}, choose why it is shared without her consent and say what makes it so (at least %n character(s)). No file was written.</source>
        <translation>
            <numerusform>Decide case by case: for {cases}, choose why it is shared without her consent and say what makes it so (at least %n character). No file was written.</numerusform>
            <numerusform>Decide case by case: for {cases}, choose why it is shared without her consent and say what makes it so (at least %n characters). No file was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What is typed for %n case(s) ({cases}) contains invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere. No file was written.</source>
        <translation>
            <numerusform>What is typed for %n case ({cases}) contains invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere. No file was written.</numerusform>
            <numerusform>What is typed for %n cases ({cases}) contains invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere. No file was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n character(s) here.</source>
        <translation>
            <numerusform>Write at most %n character here.</numerusform>
            <numerusform>Write at most %n characters here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who will tell her: one line of at most %n character(s).</source>
        <translation>
            <numerusform>Who will tell her: one line of at most %n character.</numerusform>
            <numerusform>Who will tell her: one line of at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why telling her would put her or others at risk (at least %n character(s)).</source>
        <translation>
            <numerusform>Explain why telling her would put her or others at risk (at least %n character).</numerusform>
            <numerusform>Explain why telling her would put her or others at risk (at least %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n added, </numerusform>
            <numerusform>%n added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingChoices</name>
    <message numerus="yes">
        <source>What makes it so takes at least %n character(s);</source>
        <translation>
            <numerusform>What makes it so takes at least %n character;</numerusform>
            <numerusform>What makes it so takes at least %n characters;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>why she is not told, at least %n: the count beside each field says how many are typed.</source>
        <translation>
            <numerusform>why she is not told, at least %n: the count beside each field says how many are typed.</numerusform>
            <numerusform>why she is not told, at least %n: the count beside each field says how many are typed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Say what makes it so for each case shared without her consent (at least %n character(s) each): {cases}.</source>
        <translation>
            <numerusform>Say what makes it so for each case shared without her consent (at least %n character each): {cases}.</numerusform>
            <numerusform>Say what makes it so for each case shared without her consent (at least %n characters each): {cases}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShelterBoardView</name>
    <message numerus="yes">
        <source>{occupied} of %n beds occupied now · this month: {rate:.0%} of bed-nights, </source>
        <translation>
            <numerusform>{occupied} of %n bed occupied now · this month: {rate:.0%} of bed-nights, </numerusform>
            <numerusform>{occupied} of %n beds occupied now · this month: {rate:.0%} of bed-nights, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted, </source>
        <translation>
            <numerusform>%n admitted, </numerusform>
            <numerusform>%n admitted, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
