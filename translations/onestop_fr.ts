<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}: one-time password issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable {user}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in; their password opens nothing. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} re-enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of {user}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their current password stops working now; they sign in with the one-time password you will hand them and then choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}: password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {n}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {n}: due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator creates the staff accounts, makes backups and sees no survivor&apos;s record. Choose a password of at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Staff &amp;accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Add a partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bruise, left forearm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encrypted into the vault. A photograph of her needs her consent to photography. The original file stays where it is: delete it there if it should not stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs and PDF scans (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {hash}: the file matches the fingerprint recorded when it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop photographs or PDF scans here, or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role reads these attachments but does not add any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries (the newest {limit} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>A backup is one encrypted file: it opens only with a staff password or the recovery key of its day. Keep a recent one away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed and no file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: {path} ({size} bytes, {n} attachments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneStop backups (*.onestop-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The vault as it was before is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check failed: restore the latest sound backup and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front and back outlines. Click to place an injury marker; drag to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Break the glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for {n} minutes, every read is flagged in the audit trail, and the manager reviews your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you need it now (at least {n} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakGlassReview</name>
    <message>
        <source>Sections opened by break-glass, oldest first. Read the reason, look at the audit trail if you need to, and write what you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass accesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break-glass access is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an access in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleChoices</name>
    <message>
        <source>Sections, in bundle order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one section for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileHeader</name>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe phone: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code word: {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH RISK (score {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the case conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} open by break-glass until {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Sections of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a section your role does not see, with a reason the manager reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (break-glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages (separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (or at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent decisions (a withdrawal is a new decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record an encounter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;medico-legal report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the encounter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this encounter has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody (hand-overs are never edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the court &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}+ cases, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, alias, reference, phone, date of birth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In s&amp;helter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases in shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Welcome to OneStop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no OneStop vault yet. The vault keeps every record encrypted; these steps create it and its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>You signed in with a one-time password. Choose your own before you go on: at least 12 characters; a few unrelated words make a strong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 12 characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your judgement raises the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional &amp;judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score so far: {yes} of {n} ({level}); {left} still to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencesView</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review (heard 12 months ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried from earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hear the selected case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (for not done / no longer possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda and the actions outstanding, per agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of {day} — {agencies}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agencies not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case on the agenda first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action carried from the last meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed minutes cannot be changed. Actions still open, or not done, are carried to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{w}: given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: incident time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: may have closed, up to {t} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: {a} to {b} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}: {t} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverView</name>
    <message>
        <source>Blank screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press any key to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong inside OneStop and the action was not completed. The details (without any survivor data) are in the log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries: click the outline to place a numbered marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected &amp;marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose, product, result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save encounter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export: {document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its name carries the case reference and the document type, never her name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share without her consent (a manager&apos;s decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it must be shared without her consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it must be shared without her consent (the document will say so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the document when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document password has at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HearDialog</name>
    <message>
        <source>Heard at the meeting: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patients with open clinical windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection orders expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shelter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected exits in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anonymised &amp;statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised counts for a period, for partners and funders: no name, no case reference, and no count small enough to point to someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open clinical windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more on the Reminders tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass accesses to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened, month by month (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents recorded in the last 90 days, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter &amp;rooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justice and legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter and housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socio-economic support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community and faith groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP first dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contraception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STI prophylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tetanus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of resources, opportunities or services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral swab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaginal swab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anal swab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin swab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingernail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs (exhibits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic: oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic: digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic: anal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic: vaginal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medico-legal report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-conference pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People she trusts and how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency bag (documents, money, keys, medicines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes and escape plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>Locked by {name}. Only they can unlock; anyone else signs in anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished">Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneStop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished">Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Mot de passe</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished">Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation type="unfinished">Avertissement verrouillage des majuscules</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicoLegalChoices</name>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the report is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well does our referral network work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file cannot be read as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a.mensah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished">&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this one-time password to {name} ({user}) in person. It is shown only now; they choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChoices</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only survivors whose consent to statistics is in force; small counts are hidden. A CSV file with the same figures is written beside the PDF (attached inside it when the PDF has a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way back in. It is shown once: print it or write it down now, and keep it locked away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneStop recovery key

{key}

Keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {n} does not match. Check what you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected referral on to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the directory, or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection order expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference action due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Hearings in the next 14 days, protection orders expiring within 30, referrals without an answer, tasks, follow-ups and conference actions due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces every record in this vault with the records of the backup {file}. Work recorded since that backup is lost from the vault; a safety backup of the vault as it is now is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that the records are replaced by the backup&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your own password: it opens an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>No risk assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: {level} risk, score {score} ({when}). {trend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the case conference: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waiting for a case conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-conference actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter rooms and beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;beds to the selected room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire a bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beds (labels, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add beds to {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New beds (labels, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bed someone is in cannot be retired: she is moved first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanForm</name>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {v}, saved {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the safety &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;her copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved plan, without her name, to take with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes first: her copy is the saved plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Plan a case conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agency per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attending agencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Centre &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up OneStop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Work still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup, restore or check is still running. Wait for it to finish, or press its Cancel button, then sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved work. Sign out and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelterBoardView</name>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the &amp;waiting list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit the &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the maximum stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum stay soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned exit passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{occupied} of {beds} beds occupied now · this month: {rate:.0%} of bed-nights, {admitted} admitted, {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an occupied bed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone on the waiting list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. her own home with a protection order; relatives; another shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where she went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ground floor; a cot; near the children&apos;s school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {ref} from the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. placed elsewhere; no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of OneStop on this workstation</source>
        <translation>La langue de OneStop sur ce poste</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many failed attempts. You can try again in {n} s.</source>
        <translation>Trop d&apos;essais échoués. Vous pourrez réessayer dans {n} s.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>OneStop</source>
        <translation>OneStop</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Sign in to OneStop</source>
        <translation>Connexion à OneStop</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Avertissement verrouillage des majuscules</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide screen (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is unsaved work in this file. Close it and lose that work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked while you had unsaved work. It is open again where you left it: save it or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
