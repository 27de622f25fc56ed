<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Qualifications…</source>
        <translation>&amp;Qualifications…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Doit changer de mot de passe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>{user}: qualifications saved.</source>
        <translation>{user} : qualifications enregistrées.</translation>
    </message>
    <message>
        <source>{user}: one-time password issued.</source>
        <translation>{user} : mot de passe à usage unique émis.</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their database login on the server is stopped and the keys of the records they could read move to new versions, so their password no longer connects and opens nothing written from now on. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation>{name} ne pourra plus se connecter. Son identifiant de base de données sur le serveur est désactivé et les clés des dossiers qu&apos;il ou elle pouvait lire passent à une nouvelle version : son mot de passe ne permet plus de joindre le serveur et n&apos;ouvre plus rien de ce qui sera écrit désormais. Ses saisies et les entrées du journal d&apos;audit sont conservées. Vous pourrez réactiver le compte plus tard avec un nouveau mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>Disable {user}?</source>
        <translation>Désactiver {user} ?</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. The vault key is replaced and the keys of the records they could read move to new versions, so their password opens nothing written from now on; backups made before still open with it. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation>{name} ne pourra plus se connecter. La clé du coffre est remplacée et les clés des dossiers qu&apos;il ou elle pouvait lire passent à une nouvelle version : son mot de passe n&apos;ouvre plus rien de ce qui sera écrit désormais ; les sauvegardes faites avant s&apos;ouvrent encore avec lui. Ses saisies et les entrées du journal d&apos;audit sont conservées. Vous pourrez réactiver le compte plus tard avec un nouveau mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>{user} disabled. Their database login was stopped and their keys moved to new versions.</source>
        <translation>{user} : compte désactivé. Son identifiant de base de données a été désactivé et ses clés sont passées à une nouvelle version.</translation>
    </message>
    <message>
        <source>{user} disabled. The vault key was replaced and their keys moved to new versions.</source>
        <translation>{user} désactivé(e). La clé du coffre a été remplacée et ses clés sont passées à une nouvelle version.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>la clé de récupération</translation>
    </message>
    <message>
        <source>Warning: the key slots of {who} were left out of the new vault key, because their public keys were not bound to them (someone altered the vault&apos;s key file). Reset the password of each account named; a recovery key left out is made anew with onestop-cli admin new-recovery-key.</source>
        <translation>Attention : les emplacements de clé de {who} n&apos;ont pas reçu la nouvelle clé du coffre, car leurs clés publiques ne leur étaient pas liées (quelqu&apos;un a modifié le fichier de clés du coffre). Réinitialisez le mot de passe de chaque compte nommé ; une clé de récupération écartée se refait avec onestop-cli admin new-recovery-key.</translation>
    </message>
    <message>
        <source>{user}&apos;s account was changed and their keys moved, but the vault key could not be replaced: {reason} Until it is, their old password still opens the vault from an older copy of its key file. Sign out and in again, then run onestop-cli admin rotate-key; Verify the vault reports it until then.</source>
        <translation>Le compte de {user} a été modifié et ses clés ont changé de version, mais la clé du coffre n&apos;a pas pu être remplacée : {reason} Tant qu&apos;elle ne l&apos;est pas, son ancien mot de passe ouvre encore le coffre avec une ancienne copie de son fichier de clés. Déconnectez-vous puis reconnectez-vous, et lancez onestop-cli admin rotate-key ; « Vérifier le coffre » le signale d&apos;ici là.</translation>
    </message>
    <message>
        <source>Nothing was changed for {user}: {reason}</source>
        <translation>Rien n&apos;a été modifié pour {user} : {reason}</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>{user} re-enabled.</source>
        <translation>{user} réactivé.</translation>
    </message>
    <message>
        <source>Reset the password of {user}?</source>
        <translation>Réinitialiser le mot de passe de {user} ?</translation>
    </message>
    <message>
        <source>Their current password stops working now; they sign in with the one-time password you will hand them and then choose a new one.</source>
        <translation>Son mot de passe actuel cesse de fonctionner maintenant ; la personne se connecte avec le mot de passe à usage unique que vous lui remettrez, puis en choisit un nouveau.</translation>
    </message>
    <message>
        <source>Resetting the password of {user}</source>
        <translation>Réinitialisation du mot de passe de {user}</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>Désactivation de {user}</translation>
    </message>
    <message>
        <source>Resetting the password, moving its keys and renewing its database login</source>
        <translation>Réinitialisation du mot de passe, passage de ses clés à une nouvelle version et renouvellement de son identifiant de base de données</translation>
    </message>
    <message>
        <source>Resetting the password and moving its keys</source>
        <translation>Réinitialisation du mot de passe et changement de version de ses clés</translation>
    </message>
    <message>
        <source>{user}: password reset.</source>
        <translation>{user} : mot de passe réinitialisé.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>Action {n}: {hint}</source>
        <translation>Action {n} : {hint}</translation>
    </message>
    <message>
        <source>Action {n}: due</source>
        <translation>Action {n} : échéance</translation>
    </message>
</context>
<context>
    <name>AddPerpetratorDialog</name>
    <message>
        <source>Perpetrator of this incident</source>
        <translation>Auteur de cet incident</translation>
    </message>
    <message>
        <source>Type his name (or what she calls him) and look for him on record: if he is already in a file, link him rather than recording him twice.</source>
        <translation>Saisissez son nom (ou la façon dont elle l&apos;appelle) et cherchez-le dans les dossiers : s&apos;il figure déjà dans un dossier, reliez-le plutôt que de l&apos;enregistrer deux fois.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. husband, former partner, uncle</source>
        <translation>p. ex. mari, ancien partenaire, oncle</translation>
    </message>
    <message>
        <source>&amp;Relationship to her</source>
        <translation>&amp;Lien avec elle</translation>
    </message>
    <message>
        <source>&amp;Description (if new)</source>
        <translation>&amp;Description (s&apos;il est nouveau)</translation>
    </message>
    <message>
        <source>Perpetrator message</source>
        <translation>Message sur l&apos;auteur</translation>
    </message>
    <message>
        <source>&amp;Look on record</source>
        <translation>&amp;Chercher dans les dossiers</translation>
    </message>
    <message>
        <source>Look on record</source>
        <translation>Chercher dans les dossiers</translation>
    </message>
    <message>
        <source>&amp;On record under this name</source>
        <translation>&amp;Enregistrés sous ce nom</translation>
    </message>
    <message>
        <source>On record under this name</source>
        <translation>Enregistrés sous ce nom</translation>
    </message>
    <message>
        <source>Lin&amp;k the one chosen</source>
        <translation>&amp;Relier celui choisi</translation>
    </message>
    <message>
        <source>Link the one chosen</source>
        <translation>Relier celui choisi</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Ajouter comme nouveau</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Ajouter comme nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>On record: choose him and link him, or add him as new if none is him.</source>
        <translation>Déjà enregistré : choisissez-le et reliez-le, ou ajoutez-le comme nouveau si aucun n&apos;est lui.</translation>
    </message>
    <message>
        <source>No one is on record under this name: add him as new.</source>
        <translation>Personne n&apos;est enregistré sous ce nom : ajoutez-le comme nouveau.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>The administrator creates the staff accounts, makes backups and sees no survivor&apos;s record. Choose a password of at least 12 characters.</source>
        <translation>L&apos;administrateur crée les comptes du personnel, fait les sauvegardes et ne voit aucun dossier de survivante. Choisissez un mot de passe d&apos;au moins 12 caractères.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation>Création du coffre chiffré… cela prend quelques secondes.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Staff &amp;accounts</source>
        <translation>Comptes du &amp;personnel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Backups and checks</source>
        <translation>&amp;Sauvegardes et vérifications</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Admettre à l&apos;hébergement</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;Référence du dossier</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>&amp;Lit</translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation>&amp;Enfants avec elle</translation>
    </message>
    <message>
        <source>&amp;Planned exit</source>
        <translation>Départ &amp;prévu</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Add a partner agency</source>
        <translation>Ajouter une structure partenaire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vices</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>Non lié à un incident</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Incident it documents</source>
        <translation>Incident documenté</translation>
    </message>
    <message>
        <source>e.g. bruise, left forearm</source>
        <translation>p. ex. ecchymose, avant-bras gauche</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date and time known</source>
        <translation>&amp;Date et heure connues</translation>
    </message>
    <message>
        <source>Taken &amp;at</source>
        <translation>Pris &amp;le</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Taken &amp;by</source>
        <translation>Prise &amp;par</translation>
    </message>
    <message>
        <source>e.g. left forearm, outer side</source>
        <translation>p. ex. avant-bras gauche, face externe</translation>
    </message>
    <message>
        <source>Bod&amp;y site</source>
        <translation>Siège &amp;corporel</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>In&amp;jury number</source>
        <translation>Numéro de la &amp;lésion</translation>
    </message>
    <message>
        <source>Injury number in the injuries table</source>
        <translation>Numéro de la lésion dans le tableau des lésions</translation>
    </message>
    <message>
        <source>The file is encrypted into the vault. A photograph of her needs her consent to photography. The original file stays where it is: delete it there if it should not stay on this computer.</source>
        <translation>Le fichier est chiffré dans le coffre. Une photographie d&apos;elle nécessite son consentement à la photographie. Le fichier d&apos;origine reste où il est : supprimez-le là-bas s&apos;il ne doit pas rester sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>Photographs and PDF scans (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Photographies et PDF numérisés (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {size} byte(s)</source>
        <translation>
            <numerusform>{name} · {size} octet</numerusform>
            <numerusform>{name} · {size} octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d&apos;abord un fichier.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;arrière</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>SHA-256 {hash}: the file matches the fingerprint recorded when it was added.</source>
        <translation>SHA-256 {hash} : le fichier correspond à l&apos;empreinte enregistrée lors de son ajout.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop photographs or PDF scans here, or</source>
        <translation>Déposez ici des photographies ou des PDF numérisés, ou</translation>
    </message>
    <message>
        <source>Your role reads these attachments but does not add any.</source>
        <translation>Votre rôle lit ces pièces jointes mais n&apos;en ajoute pas.</translation>
    </message>
    <message>
        <source>A&amp;dd a file…</source>
        <translation>A&amp;jouter un fichier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cannot show the thumbnails</source>
        <translation>Impossible d&apos;afficher les vignettes</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message numerus="yes">
        <source>{n} byte(s)</source>
        <translation>
            <numerusform>{n} octet</numerusform>
            <numerusform>{n} octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Impossible d&apos;ouvrir la pièce jointe</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>toutes les actions</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>every section</source>
        <translation>toutes les sections</translation>
    </message>
    <message>
        <source>case reference</source>
        <translation>référence du dossier</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>S&amp;ection</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Audit trail export progress</source>
        <translation>Progression de l’export du journal d’audit</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Code de l&apos;action</translation>
    </message>
    <message>
        <source>Section code</source>
        <translation>Code de la section</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest {limit} shown)</source>
        <translation>
            <numerusform>%n entrée (les {limit} plus récentes affichées)</numerusform>
            <numerusform>%n entrées (les {limit} plus récentes affichées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>Écriture du journal d’audit…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to {path}.</source>
        <translation>
            <numerusform>%n entrée écrite dans {path}.</numerusform>
            <numerusform>%n entrées écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Le fichier n&apos;a pas pu être écrit à cet endroit.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>This workstation keeps no copy of the centre&apos;s records, so it makes no backups and restores none. The centre&apos;s server is backed up on the server machine: its IT person runs the command below there, as the server&apos;s postgres account, with an admin&apos;s password, and keeps the file away from the building. Section 5 of docs/SERVER.md describes it, and restoring.</source>
        <translation>Ce poste ne garde aucune copie des dossiers du centre : il ne fait donc aucune sauvegarde et n&apos;en restaure aucune. Le serveur du centre est sauvegardé sur la machine du serveur : son responsable informatique y lance la commande ci-dessous, avec le compte postgres du serveur et le mot de passe d&apos;un administrateur, et garde le fichier hors du bâtiment. La section 5 de docs/SERVER.md la décrit, ainsi que la restauration.</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: it opens only with a staff password or the recovery key of its day. Keep a recent one away from this computer.</source>
        <translation>Une sauvegarde est un seul fichier chiffré : elle ne s&apos;ouvre qu&apos;avec le mot de passe d&apos;un membre du personnel ou la clé de secours de sa date. Gardez-en une récente loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Backup command on the server</source>
        <translation>Commande de sauvegarde sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Sauvegarder &amp;vers…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Verify the vault</source>
        <translation>&amp;Vérifier le coffre</translation>
    </message>
    <message>
        <source>&amp;Verify the server</source>
        <translation>&amp;Vérifier le serveur</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Earlier backups</source>
        <translation>Sauvegardes précédentes</translation>
    </message>
    <message>
        <source>&amp;Earlier backups in the vault&apos;s folder</source>
        <translation>Sauvegardes &amp;précédentes dans le dossier du coffre</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <source>Last backup of the server: none recorded yet. Ask its IT person.</source>
        <translation>Dernière sauvegarde du serveur : aucune enregistrée pour l&apos;instant. Demandez à son responsable informatique.</translation>
    </message>
    <message>
        <source>Last backup: none yet. Back up now, and keep a copy elsewhere.</source>
        <translation>Dernière sauvegarde : aucune pour l&apos;instant. Sauvegardez maintenant et gardez une copie ailleurs.</translation>
    </message>
    <message>
        <source>not a readable backup</source>
        <translation>sauvegarde illisible</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} Ko</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed and no file was left.</source>
        <translation>Annulé : rien n&apos;a été modifié et aucun fichier n&apos;a été laissé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>Backup written: {path} ({size} bytes, %n attachment(s)).</source>
        <translation>
            <numerusform>Sauvegarde écrite : {path} ({size} octets, %n pièce jointe).</numerusform>
            <numerusform>Sauvegarde écrite : {path} ({size} octets, %n pièces jointes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Sauvegarder dans un dossier</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>OneStop backups (*.onestop-backup)</source>
        <translation>Sauvegardes OneStop (*.onestop-backup)</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The vault as it was before is kept in {path}.</source>
        <translation>Sauvegarde du {when} restaurée. Le coffre tel qu&apos;il était avant est conservé dans {path}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Toutes les vérifications sont réussies.</translation>
    </message>
    <message>
        <source>A check failed: restore the latest sound backup and call support.</source>
        <translation>Une vérification a échoué : restaurez la dernière sauvegarde intacte et appelez l&apos;assistance.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>Schéma corporel</translation>
    </message>
    <message>
        <source>Front and back outlines. Click to place an injury marker; drag to move it.</source>
        <translation>Silhouettes de face et de dos. Cliquez pour placer un repère de lésion ; faites-le glisser pour le déplacer.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Break the glass</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message numerus="yes">
        <source>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for %n minutes, every read is flagged in the audit trail, and the manager reviews your reason.</source>
        <translation>
            <numerusform>Votre rôle ne voit pas cette section. Ouvrez-la seulement si la prise en charge de la survivante l&apos;exige maintenant. Elle vous reste ouverte %n minute, chaque lecture est signalée dans le journal d&apos;audit, et le ou la responsable examine votre motif.</numerusform>
            <numerusform>Votre rôle ne voit pas cette section. Ouvrez-la seulement si la prise en charge de la survivante l&apos;exige maintenant. Elle vous reste ouverte %n minutes, chaque lecture est signalée dans le journal d&apos;audit, et le ou la responsable examine votre motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section to open</source>
        <translation>Section à ouvrir</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>Why you need it now (at least %n characters)</source>
        <translation>
            <numerusform>Pourquoi vous en avez besoin maintenant (au moins %n caractère)</numerusform>
            <numerusform>Pourquoi vous en avez besoin maintenant (au moins %n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Open the section</source>
        <translation>&amp;Ouvrir la section</translation>
    </message>
</context>
<context>
    <name>BreakGlassReview</name>
    <message>
        <source>Sections opened by break-glass, oldest first. Read the reason, look at the audit trail if you need to, and write what you found.</source>
        <translation>Sections ouvertes par accès d&apos;urgence, les plus anciennes d&apos;abord. Lisez le motif, consultez le journal d&apos;audit si besoin, et notez ce que vous avez constaté.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Break-glass accesses</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note d&apos;examen</translation>
    </message>
    <message>
        <source>Review &amp;note:</source>
        <translation>&amp;Note d&apos;examen :</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Marquer comme &amp;examiné</translation>
    </message>
    <message>
        <source>No break-glass access is waiting for review.</source>
        <translation>Aucun accès d&apos;urgence n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>Choose an access in the list first.</source>
        <translation>Choisissez d&apos;abord un accès dans la liste.</translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation>Marqué comme examiné.</translation>
    </message>
</context>
<context>
    <name>BundleChoices</name>
    <message>
        <source>Counselling notes, a bundle of their own</source>
        <translation>Notes de suivi psychologique, un recueil de pièces distinct</translation>
    </message>
    <message>
        <source>Parts of the bundle, under sections A–F</source>
        <translation>Parties du recueil de pièces, sous les sections A à F</translation>
    </message>
    <message>
        <source>Sections of the bundle</source>
        <translation>Sections du recueil de pièces pour le tribunal</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Medico-legal reports left out</source>
        <translation>Rapports médico-légaux non inclus</translation>
    </message>
    <message>
        <source>The cover will not show {missing}: the case has no legal matter or hearing that records it. Add them on the Legal tab first if the court needs them.</source>
        <translation>La page de garde n&apos;indiquera pas {missing} : aucune procédure ni audience du dossier ne les enregistre. Ajoutez-les d&apos;abord dans l&apos;onglet Juridique si le tribunal en a besoin.</translation>
    </message>
    <message>
        <source>Incidents whose forensic examination has no opinion recorded: {incidents}. The medico-legal report of each is a draft, not ready to sign, and is left out of section D (its index says so). Record the examiner&apos;s opinion first if the court needs the report.</source>
        <translation>Incidents dont l&apos;examen médico-légal n&apos;a aucun avis consigné : {incidents}. Le rapport médico-légal de chacun est un brouillon, pas prêt à être signé, et il est laissé hors de la section D (son index le dit). Consignez d&apos;abord l&apos;avis de l&apos;examinatrice si le tribunal a besoin du rapport.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé de l&apos;affaire</translation>
    </message>
    <message>
        <source>Case summary for section A (printed above the chronology).</source>
        <translation>Résumé de l&apos;affaire pour la section A (imprimé au-dessus de la chronologie).</translation>
    </message>
    <message>
        <source>Medical encounters in &amp;full (else a summary table)</source>
        <translation>Consultations médicales en &amp;entier (sinon un tableau récapitulatif)</translation>
    </message>
    <message>
        <source>&amp;Name her refuge and where the incidents happened (the respondent is usually served this bundle)</source>
        <translation>&amp;Nommer son refuge et les lieux des incidents (ce recueil de pièces est d&apos;ordinaire signifié à la partie adverse)</translation>
    </message>
    <message>
        <source>Give her &amp;alias (it may be the name she now lives under): beside her legal name, or as her name when none is recorded</source>
        <translation>Donner son &amp;alias (ce peut être le nom sous lequel elle vit désormais) : à côté de son nom légal, ou comme son nom quand aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Why the counselling notes are relevant</source>
        <translation>Pourquoi les notes de suivi psychologique sont pertinentes</translation>
    </message>
    <message>
        <source>Why her counselling notes are relevant to these proceedings (printed at the head of the notes).</source>
        <translation>Pourquoi ses notes de suivi psychologique sont pertinentes pour cette procédure (imprimé en tête des notes).</translation>
    </message>
    <message>
        <source>Court, for the counselling notes bundle&apos;s cover</source>
        <translation>Tribunal, pour la couverture du recueil de pièces des notes de suivi psychologique</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Tribunal :</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Numéro d&apos;affaire :</translation>
    </message>
    <message>
        <source>Hearing (date, time):</source>
        <translation>Audience (date, heure) :</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juge :</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parties :</translation>
    </message>
    <message>
        <source>Tick at least one section for the bundle.</source>
        <translation>Cochez au moins une section pour le recueil de pièces.</translation>
    </message>
</context>
<context>
    <name>CaseFileHeader</name>
    <message>
        <source>Name sealed: waiting for a colleague to confirm you</source>
        <translation>Nom scellé : en attente de la confirmation d’une collègue</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>âge inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe phone: {p}</source>
        <translation>Téléphone sûr : {p}</translation>
    </message>
    <message>
        <source>text messages are safe</source>
        <translation>les SMS sont sans danger</translation>
    </message>
    <message>
        <source>do not send text messages</source>
        <translation>ne pas envoyer de SMS</translation>
    </message>
    <message>
        <source>code word: {w}</source>
        <translation>mot de code : {w}</translation>
    </message>
    <message>
        <source>HIGH RISK (score {n})</source>
        <translation>RISQUE ÉLEVÉ (score {n})</translation>
    </message>
    <message>
        <source>Referred to the case conference</source>
        <translation>Orientée vers la réunion de concertation</translation>
    </message>
    <message>
        <source>In shelter</source>
        <translation>Hébergée</translation>
    </message>
    <message>
        <source>{section} open by break-glass until {time}</source>
        <translation>{section} ouverte par accès d&apos;urgence jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>{incident}:</source>
        <translation>{incident} :</translation>
    </message>
    <message>
        <source>{incident}: clinical windows closed</source>
        <translation>{incident} : délais cliniques clos</translation>
    </message>
    <message>
        <source>Show or hide the windows that closed</source>
        <translation>Afficher ou masquer les délais clos</translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Sections of the file</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation>Accès d&apos;&amp;urgence…</translation>
    </message>
    <message>
        <source>Break the glass</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Open a section your role does not see, with a reason the manager reviews</source>
        <translation>Ouvrir une section que votre rôle ne voit pas, avec un motif examiné par le ou la responsable</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>{title} (break-glass)</source>
        <translation>{title} (accès d&apos;urgence)</translation>
    </message>
    <message>
        <source>Languages (separated by commas)</source>
        <translation>Langues (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>Téléphone sûr</translation>
    </message>
    <message>
        <source>Messages allowed</source>
        <translation>Messages autorisés</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Mot de code</translation>
    </message>
    <message>
        <source>Safe contact notes</source>
        <translation>Notes sur les contacts sûrs</translation>
    </message>
    <message>
        <source>Not known (not in the register)</source>
        <translation>Inconnue (absente du registre)</translation>
    </message>
    <message>
        <source>Imported from a register</source>
        <translation>Importé d&apos;un registre</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Identifiant dans le registre</translation>
    </message>
    <message>
        <source>No caseworker yet</source>
        <translation>Pas encore de référent</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Time known</source>
        <translation>Heure connue</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Saisi par erreur</translation>
    </message>
    <message>
        <source>Entered in error: {reason}</source>
        <translation>Saisi par erreur : {reason}</translation>
    </message>
    <message>
        <source>Mark as entered in error…</source>
        <translation>Marquer comme saisi par erreur…</translation>
    </message>
    <message>
        <source>Not entered in error…</source>
        <translation>Pas saisi par erreur…</translation>
    </message>
    <message>
        <source>Clear the mark: the incident counts again</source>
        <translation>Retirer la marque : l&apos;incident compte de nouveau</translation>
    </message>
    <message>
        <source>Add a &amp;perpetrator…</source>
        <translation>Ajouter un au&amp;teur…</translation>
    </message>
    <message>
        <source>Name who did it: linked if he is on record, else added</source>
        <translation>Nommer l&apos;auteur : relié s&apos;il est déjà enregistré, sinon ajouté</translation>
    </message>
    <message>
        <source>The incident stays in her file with its history, but no longer counts: no clinical windows, statistics or documents. Say why.</source>
        <translation>L&apos;incident reste dans son dossier avec son historique, mais ne compte plus : ni fenêtres cliniques, ni statistiques, ni documents. Indiquez pourquoi.</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>Marquer comme saisi par erreur</translation>
    </message>
    <message>
        <source>Not entered in error</source>
        <translation>Pas saisi par erreur</translation>
    </message>
    <message>
        <source>The incident counts again. Say why the mark was wrong.</source>
        <translation>L&apos;incident compte de nouveau. Indiquez pourquoi la marque était erronée.</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Retirer la marque</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Not for an agency</source>
        <translation>Pas pour un organisme</translation>
    </message>
    <message>
        <source>Agency as typed</source>
        <translation>Organisme tel que saisi</translation>
    </message>
    <message>
        <source>New consent decision</source>
        <translation>Nouvelle décision de consentement</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Opinion on the findings</source>
        <translation>Avis sur les constatations</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>{name} (no longer on the staff)</source>
        <translation>{name} (ne fait plus partie du personnel)</translation>
    </message>
    <message>
        <source>{name} (not on the centre&apos;s staff)</source>
        <translation>{name} (extérieur au personnel du centre)</translation>
    </message>
    <message>
        <source>Add an e&amp;xamination…</source>
        <translation>Ajouter un e&amp;xamen…</translation>
    </message>
    <message>
        <source>Edit the exa&amp;mination…</source>
        <translation>Modifier l&apos;exame&amp;n…</translation>
    </message>
    <message>
        <source>Add a s&amp;pecimen…</source>
        <translation>Ajouter un &amp;prélèvement…</translation>
    </message>
    <message>
        <source>Edit the spe&amp;cimen…</source>
        <translation>Modifier le pré&amp;lèvement…</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Détenu par</translation>
    </message>
    <message>
        <source>New hand-over</source>
        <translation>Nouvelle remise</translation>
    </message>
    <message>
        <source>Add a hand-o&amp;ver…</source>
        <translation>Ajouter une re&amp;mise…</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>Médico-légal</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Print the counselling notes &amp;bundle for court…</source>
        <translation>Imprimer le &amp;recueil de pièces des notes de suivi psychologique pour le tribunal…</translation>
    </message>
    <message>
        <source>New counselling session</source>
        <translation>Nouvelle séance de suivi psychologique</translation>
    </message>
    <message>
        <source>Edit counselling session</source>
        <translation>Modifier la séance de suivi psychologique</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>Notes de suivi psychologique</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Admise le</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Partie le</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>Risque et sécurité</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Séances de suivi psychologique</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Âge estimé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>About the children</source>
        <translation>Au sujet des enfants</translation>
    </message>
    <message>
        <source>From (or at)</source>
        <translation>Du (ou le)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Consent decisions (a withdrawal is a new decision)</source>
        <translation>Décisions de consentement (un retrait est une nouvelle décision)</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lésions</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Health encounters</source>
        <translation>Consultations médicales</translation>
    </message>
    <message>
        <source>&amp;Record an encounter…</source>
        <translation>&amp;Enregistrer une consultation…</translation>
    </message>
    <message>
        <source>&amp;Correct the selected encounter…</source>
        <translation>&amp;Corriger la consultation sélectionnée…</translation>
    </message>
    <message>
        <source>Correct the selected encounter</source>
        <translation>Corriger la consultation sélectionnée</translation>
    </message>
    <message>
        <source>Marked as entered in error: clear the mark before correcting it.</source>
        <translation>Marquée comme saisie par erreur : retirez la marque avant de la corriger.</translation>
    </message>
    <message>
        <source>Print the &amp;medico-legal report…</source>
        <translation>Imprimer le rapport &amp;médico-légal…</translation>
    </message>
    <message>
        <source>Clear the mark: the encounter counts again</source>
        <translation>Retirer la marque : la consultation compte de nouveau</translation>
    </message>
    <message>
        <source>The encounter stays in her file with its history, but no longer counts: its doses do not meet the clinical windows, and it is left out of the medico-legal report and the statistics. Say why.</source>
        <translation>La consultation reste dans son dossier avec son historique, mais ne compte plus : ses doses ne valent plus pour les délais cliniques, et elle est exclue du rapport médico-légal et des statistiques. Indiquez pourquoi.</translation>
    </message>
    <message>
        <source>The encounter counts again. Say why the mark was wrong.</source>
        <translation>La consultation compte de nouveau. Indiquez pourquoi la marque était erronée.</translation>
    </message>
    <message>
        <source>Discard the encounter?</source>
        <translation>Abandonner la consultation ?</translation>
    </message>
    <message>
        <source>What you typed in this encounter has not been saved.</source>
        <translation>Ce que vous avez saisi dans cette consultation n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>Sans lien avec un incident</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Examiner (signs the report)</source>
        <translation>Examinateur (signe le rapport)</translation>
    </message>
    <message>
        <source>Name of an examiner not on the centre&apos;s staff</source>
        <translation>Nom d&apos;un examinateur extérieur au personnel du centre</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Not on the centre&apos;s staff</source>
        <translation>Extérieur au personnel du centre</translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Prélevé par</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>New examination</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <source>Edit examination</source>
        <translation>Modifier l&apos;examen</translation>
    </message>
    <message>
        <source>New specimen</source>
        <translation>Nouveau prélèvement</translation>
    </message>
    <message>
        <source>Edit specimen</source>
        <translation>Modifier le prélèvement</translation>
    </message>
    <message>
        <source>Chain of custody (hand-overs are never edited)</source>
        <translation>Chaîne de possession (les remises ne sont jamais modifiées)</translation>
    </message>
    <message>
        <source>Print the court &amp;bundle…</source>
        <translation>Imprimer le &amp;recueil de pièces pour le tribunal…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Référence police</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro d&apos;affaire</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Défendeur</translation>
    </message>
    <message>
        <source>New legal matter</source>
        <translation>Nouvelle procédure</translation>
    </message>
    <message>
        <source>Edit legal matter</source>
        <translation>Modifier la procédure</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>New protection order</source>
        <translation>Nouvelle ordonnance de protection</translation>
    </message>
    <message>
        <source>Edit protection order</source>
        <translation>Modifier l&apos;ordonnance de protection</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Nouvelle audience</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Modifier l&apos;audience</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Ordonnances de protection</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivrée le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Age group (if no date of birth)</source>
        <translation>Tranche d&apos;âge (sans date de naissance)</translation>
    </message>
    <message>
        <source>Known addresses</source>
        <translation>Adresses connues</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armes</translation>
    </message>
    <message>
        <source>Bail or order conditions</source>
        <translation>Conditions de liberté ou d&apos;ordonnance</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>&amp;Edit {name}…</source>
        <translation>&amp;Modifier {name}…</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>name sealed: waiting for a colleague to confirm you</source>
        <translation>nom scellé : en attente de la confirmation d’une collègue</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Open and closed</source>
        <translation>Ouverts et clos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message numerus="yes">
        <source>%n+ cases, more as you scroll</source>
        <translation>
            <numerusform>%n+ dossiers, d&apos;autres en faisant défiler</numerusform>
            <numerusform>%n+ dossiers, d&apos;autres en faisant défiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Rechercher un dossier</translation>
    </message>
    <message>
        <source>Name, alias, reference, phone, date of birth…</source>
        <translation>Nom, pseudonyme, référence, téléphone, date de naissance…</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Les miens</translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation>Seulement mes dossiers</translation>
    </message>
    <message>
        <source>In s&amp;helter</source>
        <translation>&amp;Hébergées</translation>
    </message>
    <message>
        <source>Only cases in shelter</source>
        <translation>Seulement les dossiers en hébergement</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nouvel accueil…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Nombre de dossiers affichés</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Welcome to OneStop</source>
        <translation>Bienvenue dans OneStop</translation>
    </message>
    <message>
        <source>This workstation has no OneStop vault yet. The vault keeps every record encrypted; these steps create it and its first administrator.</source>
        <translation>Ce poste n&apos;a pas encore de coffre OneStop. Le coffre conserve chaque dossier chiffré ; ces étapes le créent, ainsi que son premier administrateur.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <source>&amp;Centre name</source>
        <translation>Nom du &amp;centre</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation>Indiquez le nom du centre tel qu&apos;il doit figurer sur les documents.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>You signed in with a one-time password. Choose your own before you go on: at least 12 characters; a few unrelated words make a strong password.</source>
        <translation>Vous vous êtes connecté(e) avec un mot de passe à usage unique. Choisissez le vôtre avant de continuer : au moins 12 caractères ; quelques mots sans lien entre eux font un mot de passe solide.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer de mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 12 characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation>Au moins 12 caractères. Quelques mots sans lien entre eux font un mot de passe solide et facile à retenir.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-le</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Message sur le mot de passe</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Jugement professionnel</translation>
    </message>
    <message>
        <source>Agree with the score</source>
        <translation>D&apos;accord avec le score</translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation>Relever à {level}</translation>
    </message>
    <message>
        <source>Why your judgement raises the level</source>
        <translation>Pourquoi votre jugement relève le niveau</translation>
    </message>
    <message>
        <source>Professional &amp;judgement</source>
        <translation>&amp;Jugement professionnel</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Score so far: {yes} of {n} ({level}); </source>
        <translation>Score provisoire : {yes} sur {n} ({level}) ; </translation>
    </message>
    <message numerus="yes">
        <source>%n still to answer</source>
        <translation>
            <numerusform>%n encore sans réponse</numerusform>
            <numerusform>%n encore sans réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyTable</name>
    <message>
        <source>C&amp;hronology for section A (edit, add or remove rows)</source>
        <translation>C&amp;hronologie de la section A (modifiez, ajoutez ou supprimez des lignes)</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Remo&amp;ve the row</source>
        <translation>Supprimer la lig&amp;ne</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date non consignée</translation>
    </message>
</context>
<context>
    <name>ConferencesView</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Planifier une réunion…</translation>
    </message>
    <message>
        <source>Due for review (heard 12 months ago)</source>
        <translation>À réexaminer (examiné il y a 12 mois)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Dernier examen</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À réexaminer</translation>
    </message>
    <message>
        <source>You see the cases on the agenda you are the caseworker of. The manager, who runs the meeting, sees every case, and prints the whole pack and minutes.</source>
        <translation>Vous voyez les dossiers de l&apos;ordre du jour dont vous êtes la référente. La responsable, qui anime la réunion, voit tous les dossiers et imprime le dossier de séance et le compte rendu complets.</translation>
    </message>
    <message>
        <source>A case on the agenda is shown only to the manager, who runs the meeting, and to the case&apos;s own caseworker; cases are held by caseworkers, so none is shown to you here. The manager prints the whole pack and minutes.</source>
        <translation>Seuls le ou la responsable, qui anime la réunion, et la référente du dossier voient un dossier de l&apos;ordre du jour ; les dossiers sont tenus par les référentes, aucun ne vous est donc montré ici ; le ou la responsable imprime le dossier de séance et le compte rendu complets.</translation>
    </message>
    <message>
        <source>You read the conferences: caseworkers, legal advocates and the manager record what a meeting decides.</source>
        <translation>Vous consultez les conférences : les référentes, les conseillères juridiques et le ou la responsable enregistrent ce qu&apos;une réunion décide.</translation>
    </message>
    <message>
        <source>Latest risk</source>
        <translation>Dernier risque</translation>
    </message>
    <message>
        <source>Actions carried</source>
        <translation>Actions reportées</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Motif d&apos;inscription à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions carried from earlier meetings</source>
        <translation>Actions reportées des réunions précédentes</translation>
    </message>
    <message>
        <source>&amp;Hear the selected case…</source>
        <translation>&amp;Examiner le dossier sélectionné…</translation>
    </message>
    <message>
        <source>What became of the action</source>
        <translation>Ce qu&apos;il est advenu de l&apos;action</translation>
    </message>
    <message>
        <source>if not done or no longer possible</source>
        <translation>si non fait ou plus possible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>Re&amp;ferral…</source>
        <translation>&amp;Orientation…</translation>
    </message>
    <message>
        <source>Who referred the selected case to the meeting, and when</source>
        <translation>Qui a orienté le cas choisi vers la réunion, et quand</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>&amp;Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Print the &amp;pack…</source>
        <translation>Imprimer le &amp;dossier de réunion…</translation>
    </message>
    <message>
        <source>The agenda and the actions outstanding, per agency</source>
        <translation>L&apos;ordre du jour et les actions en cours, par structure</translation>
    </message>
    <message>
        <source>Print the min&amp;utes…</source>
        <translation>Imprimer le comp&amp;te rendu…</translation>
    </message>
    <message>
        <source>Who was there, and each case&apos;s actions reviewed and agreed</source>
        <translation>Qui était présent, et pour chaque dossier les actions revues et convenues</translation>
    </message>
    <message>
        <source>&amp;Close the minutes</source>
        <translation>&amp;Clore le compte rendu</translation>
    </message>
    <message>
        <source>{day}, {time} · {state}
{venue}</source>
        <translation>{day}, {time} · {state}
{venue}</translation>
    </message>
    <message>
        <source>venue not recorded</source>
        <translation>lieu non enregistré</translation>
    </message>
    <message>
        <source>minutes closed</source>
        <translation>compte rendu clos</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Aucune réunion planifiée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>heure non enregistrée</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Meeting of {day} — {agencies}</source>
        <translation>Réunion du {day} — {agencies}</translation>
    </message>
    <message>
        <source>agencies not listed</source>
        <translation>structures non renseignées</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>Suivi des actions</translation>
    </message>
    <message>
        <source>None of your cases is on this meeting: the manager, who runs the meeting, prints it.</source>
        <translation>Aucun de vos dossiers n&apos;est à cette réunion : le ou la responsable, qui anime la réunion, l&apos;imprime.</translation>
    </message>
    <message>
        <source>This meeting&apos;s minutes are closed.</source>
        <translation>Le compte rendu de cette réunion est clos.</translation>
    </message>
    <message>
        <source>Nothing on this meeting&apos;s agenda for this.</source>
        <translation>Rien à l&apos;ordre du jour de cette réunion pour cela.</translation>
    </message>
    <message>
        <source>None of your cases is on this meeting: the manager, who runs the meeting, or the case&apos;s own caseworker records it.</source>
        <translation>Aucun de vos dossiers n&apos;est à cette réunion : le ou la responsable, qui anime la réunion, ou la référente du dossier l&apos;enregistre.</translation>
    </message>
    <message>
        <source>These cases did not consent to sharing with every agency at the meeting, and only a manager may decide to share without consent: {cases}. Ask a manager.</source>
        <translation>Ces survivantes n&apos;ont pas consenti au partage avec chaque organisme présent à la réunion, et partager sans consentement est la décision du ou de la responsable : {cases}. Demandez-le-lui.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choisissez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation>Écrit : {path}.</translation>
    </message>
    <message>
        <source>Choose a case on the agenda first.</source>
        <translation>Choisissez d&apos;abord un dossier à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>{ref} heard.</source>
        <translation>{ref} examiné.</translation>
    </message>
    <message>
        <source>{ref} is on the agenda for its actions only: it has no referral.</source>
        <translation>{ref} est à l&apos;ordre du jour pour ses actions seulement : il n&apos;a pas d&apos;orientation.</translation>
    </message>
    <message>
        <source>Choose an action carried from the last meeting.</source>
        <translation>Choisissez une action reportée de la dernière réunion.</translation>
    </message>
    <message>
        <source>Close the minutes?</source>
        <translation>Clore le compte rendu ?</translation>
    </message>
    <message>
        <source>Closed minutes cannot be changed. Actions still open, or not done, are carried to the next meeting.</source>
        <translation>Un compte rendu clos ne peut plus être modifié. Les actions encore ouvertes ou non faites sont reportées à la réunion suivante.</translation>
    </message>
    <message>
        <source>Close the minutes</source>
        <translation>Clore le compte rendu</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>ConfirmColleaguesDialog</name>
    <message>
        <source>Confirm colleagues</source>
        <translation>Confirmer des collègues</translation>
    </message>
    <message>
        <source>These colleagues wait for keys you hold before they can read survivors&apos; records. Confirm someone only in person: ask them to read aloud the fingerprint on their home screen, and type it below.</source>
        <translation>Ces collègues attendent des clés que vous détenez pour lire les dossiers des survivantes. Ne confirmez quelqu&apos;un qu&apos;en personne : demandez-lui de lire à voix haute l&apos;empreinte affichée sur son écran d&apos;accueil, et saisissez-la ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Waiting colleagues</source>
        <translation>Collègues en &amp;attente</translation>
    </message>
    <message>
        <source>Waiting colleagues</source>
        <translation>Collègues en attente</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read to you</source>
        <translation>&amp;Empreinte lue à voix haute</translation>
    </message>
    <message>
        <source>Fingerprint read to you</source>
        <translation>Empreinte lue à voix haute</translation>
    </message>
    <message>
        <source>eight groups of four letters and digits</source>
        <translation>huit groupes de quatre lettres et chiffres</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>Message de confirmation</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>{name} ({user}), {role}</source>
        <translation>{name} ({user}), {role}</translation>
    </message>
    <message>
        <source>No one is waiting for keys you hold.</source>
        <translation>Personne n&apos;attend de clé que vous détenez.</translation>
    </message>
    <message>
        <source>Confirming {name} gives them the keys to: {sections}.</source>
        <translation>Confirmer {name} lui donne les clés de : {sections}.</translation>
    </message>
    <message>
        <source>{name} is confirmed and can read {sections} from their next sign-in.</source>
        <translation>{name} est confirmé(e) et pourra lire {sections} dès sa prochaine ouverture de session.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ConfirmNotice</name>
    <message>
        <source>Colleagues are waiting for you to confirm them: {names}.</source>
        <translation>Des collègues attendent que vous les confirmiez : {names}.</translation>
    </message>
    <message>
        <source>Colleagues waiting</source>
        <translation>Collègues en attente</translation>
    </message>
    <message>
        <source>Con&amp;firm colleagues…</source>
        <translation>Con&amp;firmer des collègues…</translation>
    </message>
    <message>
        <source>Confirm colleagues</source>
        <translation>Confirmer des collègues</translation>
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
    <message>
        <source>{hours} {mm} min</source>
        <comment>minutes left</comment>
        <extracomment>Minutes left, after the hours (&quot;5 h 07 min&quot;); {mm} is always two digits.</extracomment>
        <translation>{hours} {mm} min</translation>
    </message>
    <message>
        <source>{w}: given</source>
        <translation>{w} : traitement administré</translation>
    </message>
    <message>
        <source>{w}: incident time not known</source>
        <translation>{w} : heure de l&apos;incident inconnue</translation>
    </message>
    <message>
        <source>{w}: window closed</source>
        <translation>{w} : délai dépassé</translation>
    </message>
    <message>
        <source>{w}: may have closed, up to {t} left</source>
        <translation>{w} : délai peut-être dépassé, jusqu&apos;à {t} restant</translation>
    </message>
    <message>
        <source>{w}: {a} to {b} left</source>
        <translation>{w} : {a} à {b} restant</translation>
    </message>
    <message>
        <source>{w}: {t} left</source>
        <translation>{w} : {t} restant</translation>
    </message>
    <message>
        <source>Counted from: {incident}</source>
        <translation>Compté depuis : {incident}</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>{typed}/{most}</source>
        <translation>{typed}/{most}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed, at most {most}</source>
        <translation>
            <numerusform>%n caractère saisi, au plus {most}</numerusform>
            <numerusform>%n caractères saisis, au plus {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>{typed}/{least}</source>
        <translation>{typed}/{least}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed, at least {least}</source>
        <translation>
            <numerusform>%n caractère saisi, au moins {least}</numerusform>
            <numerusform>%n caractères saisis, au moins {least}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverView</name>
    <message>
        <source>Blank screen</source>
        <translation>Écran masqué</translation>
    </message>
    <message>
        <source>Press any key to continue</source>
        <translation>Appuyez sur une touche pour continuer</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong inside OneStop and the action was not completed. The details (without any survivor data) are in the log: {path}</source>
        <translation>Une erreur s&apos;est produite dans OneStop et l&apos;action n&apos;a pas abouti. Les détails (sans aucune donnée de survivante) sont dans le journal : {path}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>time not known</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} et {end}</translation>
    </message>
    <message>
        <source>{treatment}: incident time not known</source>
        <translation>{treatment} : heure de l&apos;incident inconnue</translation>
    </message>
    <message>
        <source>{treatment} {hours} h after the incident</source>
        <translation>{treatment} {hours} h après l&apos;incident</translation>
    </message>
    <message>
        <source>{treatment} {low}-{high} h after the incident</source>
        <translation>{treatment} {low} à {high} h après l&apos;incident</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>no cases in the period</source>
        <translation>aucun cas sur la période</translation>
    </message>
    <message>
        <source>not shown (small numbers)</source>
        <translation>non publié (petits effectifs)</translation>
    </message>
    <message>
        <source>{n} of {total} ({percent} %)</source>
        <translation>{n} sur {total} ({percent} %)</translation>
    </message>
    <message>
        <source>0–3 days</source>
        <translation>0 à 3 jours</translation>
    </message>
    <message>
        <source>4–5 days</source>
        <translation>4 à 5 jours</translation>
    </message>
    <message>
        <source>6–14 days</source>
        <translation>6 à 14 jours</translation>
    </message>
    <message>
        <source>2 weeks – 1 month</source>
        <translation>2 semaines à 1 mois</translation>
    </message>
    <message>
        <source>Over 1 month</source>
        <translation>Plus d&apos;un mois</translation>
    </message>
    <message>
        <source>Intimate partner or former partner</source>
        <translation>Partenaire intime ou ancien partenaire</translation>
    </message>
    <message>
        <source>Family member or caregiver</source>
        <translation>Membre de la famille ou personne qui s&apos;occupe d&apos;elle</translation>
    </message>
    <message>
        <source>Someone she knows (friend, neighbour, work)</source>
        <translation>Une personne qu&apos;elle connaît (ami, voisin, travail)</translation>
    </message>
    <message>
        <source>No relation (stranger)</source>
        <translation>Aucun lien (inconnu)</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Autre ou non enregistré</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Un</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Deux</translation>
    </message>
    <message>
        <source>Three or more</source>
        <translation>Trois ou plus</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Date of the incident not known</source>
        <translation>Date de l&apos;incident inconnue</translation>
    </message>
    <message>
        <source>Incidents reported, by GBVIMS core type</source>
        <translation>Incidents rapportés, par type principal GBVIMS</translation>
    </message>
    <message>
        <source>Incidents reported, by context</source>
        <translation>Incidents rapportés, par contexte</translation>
    </message>
    <message>
        <source>Incidents reported, by the survivor&apos;s age</source>
        <translation>Incidents rapportés, par âge de la survivante</translation>
    </message>
    <message>
        <source>Incidents reported, by the survivor&apos;s sex</source>
        <translation>Incidents rapportés, par sexe de la survivante</translation>
    </message>
    <message>
        <source>Incidents reported, by month</source>
        <translation>Incidents rapportés, par mois</translation>
    </message>
    <message>
        <source>Time between the incident and its report</source>
        <translation>Délai entre l&apos;incident et son signalement</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s relationship to the survivor</source>
        <translation>Lien de l&apos;auteur présumé avec la survivante</translation>
    </message>
    <message>
        <source>Number of alleged perpetrators</source>
        <translation>Nombre d&apos;auteurs présumés</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s age group</source>
        <translation>Tranche d&apos;âge de l&apos;auteur présumé</translation>
    </message>
    <message>
        <source>Each incident once, by its primary (first recorded) alleged perpetrator: his age on the day of the incident, or his age group when only that is known.</source>
        <translation>Chaque incident une fois, selon son auteur présumé principal (le premier enregistré) : son âge le jour de l&apos;incident, ou sa tranche d&apos;âge quand seule celle-ci est connue.</translation>
    </message>
    <message>
        <source>New and returning survivors</source>
        <translation>Survivantes nouvelles et revenues</translation>
    </message>
    <message>
        <source>New (case opened in the period)</source>
        <translation>Nouvelle (dossier ouvert dans la période)</translation>
    </message>
    <message>
        <source>Returning (case opened before)</source>
        <translation>Revenue (dossier ouvert avant)</translation>
    </message>
    <message>
        <source>Survivors with a disability</source>
        <translation>Survivantes en situation de handicap</translation>
    </message>
    <message>
        <source>A disability is recorded</source>
        <translation>Un handicap est enregistré</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Survivors who received each service in the period</source>
        <translation>Survivantes ayant reçu chaque service sur la période</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivantes</translation>
    </message>
    <message>
        <source>A survivor may receive several services, so the rows have no total.</source>
        <translation>Une survivante peut recevoir plusieurs services : les lignes n&apos;ont donc pas de total.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by the agency&apos;s sector</source>
        <translation>Orientations faites sur la période, par secteur de l&apos;organisme</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Agency not in the directory</source>
        <translation>Organisme absent de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Completed: the agency reported the service given (by the date of this document).</source>
        <translation>Terminées : l&apos;organisme a signalé le service rendu (à la date de ce document).</translation>
    </message>
    <message>
        <source>Rape survivors</source>
        <translation>Survivantes de viol</translation>
    </message>
    <message>
        <source>Started PEP within {window} h</source>
        <translation>PPE commencée dans les {window} h</translation>
    </message>
    <message>
        <source>Not within, or not recorded</source>
        <translation>Pas dans ce délai, ou non enregistré</translation>
    </message>
    <message>
        <source>Rape survivors who started PEP within {window} h of the incident</source>
        <translation>Survivantes de viol ayant commencé la PPE dans les {window} h suivant l&apos;incident</translation>
    </message>
    <message>
        <source>Counts from 1 to {highest} are shown as {small}; a count marked {secondary} is hidden so that a small count cannot be worked out from the total.</source>
        <translation>Les effectifs de 1 à {highest} sont notés {small} ; un effectif marqué {secondary} est masqué pour qu&apos;un petit effectif ne puisse pas être déduit du total.</translation>
    </message>
    <message>
        <source>Only survivors whose consent to anonymised statistics is in force are counted.</source>
        <translation>Seules sont comptées les survivantes dont le consentement aux statistiques anonymisées est en vigueur.</translation>
    </message>
    <message>
        <source>PEP within {hours} h counts only doses certainly given in the window: when the incident time is a range, from its earliest moment.</source>
        <translation>La PPE dans les {hours} h ne compte que les doses données à coup sûr dans le délai : quand l&apos;heure de l&apos;incident est une plage, à partir de son premier instant.</translation>
    </message>
    <message>
        <source>Incident {n}</source>
        <translation>Incident {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Reported to police</source>
        <translation>Signalé à la police</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n medical encounter(s), summarised; the full record of each is available on request.</source>
        <translation>
            <numerusform>%n consultation médicale, résumée ; son dossier complet est disponible sur demande.</numerusform>
            <numerusform>%n consultations médicales, résumées ; le dossier complet de chacune est disponible sur demande.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>plus en vigueur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivrée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Preliminary documents</source>
        <translation>Documents préliminaires</translation>
    </message>
    <message>
        <source>Applications and orders</source>
        <translation>Demandes et ordonnances</translation>
    </message>
    <message>
        <source>Statements and witness evidence</source>
        <translation>Déclarations et témoignages</translation>
    </message>
    <message>
        <source>Medical and forensic reports</source>
        <translation>Rapports médicaux et médico-légaux</translation>
    </message>
    <message>
        <source>Photographs and exhibits</source>
        <translation>Photographies et pièces à conviction</translation>
    </message>
    <message>
        <source>Other documents: the centre&apos;s records</source>
        <translation>Autres documents : les dossiers du centre</translation>
    </message>
    <message>
        <source>Counselling notes disclosed with her consent</source>
        <translation>Notes de suivi psychologique communiquées avec son consentement</translation>
    </message>
    <message>
        <source>Section {letter}: {title}</source>
        <translation>Section {letter} : {title}</translation>
    </message>
    <message>
        <source>not included, no opinion recorded (draft)</source>
        <translation>non inclus, aucun avis consigné (brouillon)</translation>
    </message>
    <message>
        <source>not included, she has not consented to the use of her records in court</source>
        <translation>non inclus, elle n&apos;a pas consenti à l&apos;utilisation de ses dossiers en justice</translation>
    </message>
    <message>
        <source>The examiner has recorded no opinion on the findings of this incident&apos;s forensic examination: its medico-legal report is a draft, not ready to sign, and a draft is not put before a court. The report exists; once the examiner records an opinion it can be exported and signed, and added to this bundle.</source>
        <translation>La personne qui a procédé à l&apos;examen n&apos;a consigné aucun avis sur les constatations de l&apos;examen médico-légal de cet incident : son rapport médico-légal est un brouillon, pas prêt à être signé, et un brouillon n&apos;est pas présenté à un tribunal. Le rapport existe ; une fois un avis consigné, il peut être exporté, signé et ajouté à ce recueil de pièces.</translation>
    </message>
    <message>
        <source>A medico-legal report goes to court only with her consent to the use of her records in court, as the report exported on its own does; the ledger does not record that consent as standing, and a manager&apos;s authority to export this bundle does not extend to it. The report exists and is not included.</source>
        <translation>Un rapport médico-légal n&apos;est présenté au tribunal qu&apos;avec son consentement à l&apos;utilisation de ses dossiers en justice, comme le rapport exporté seul ; le registre n&apos;indique pas ce consentement comme en vigueur, et l&apos;autorisation qu&apos;a le ou la responsable d&apos;exporter ce recueil de pièces ne s&apos;étend pas au rapport. Le rapport existe et n&apos;est pas inclus.</translation>
    </message>
    <message>
        <source>Index (continued)</source>
        <translation>Index (suite)</translation>
    </message>
    <message>
        <source>A bundle of its own, separate from the court bundle: the counselling notes she consented to disclose to the court. Its pages are numbered CN1, CN2 … and are not pages of the court bundle.</source>
        <translation>Un recueil de pièces distinct du recueil de pièces pour le tribunal : les notes de suivi psychologique qu&apos;elle a consenti à communiquer au tribunal. Ses pages sont numérotées CN1, CN2 … et ne sont pas des pages du recueil de pièces pour le tribunal.</translation>
    </message>
    <message>
        <source>Arranged as Practice Direction 27A asks: A preliminary documents (case summary and chronology); B applications and orders (protection orders, hearings); C statements; D medical and forensic reports (medical record, forensic examination, chain of custody); E photographs and exhibits; F other documents (the centre&apos;s incident records). Pages are numbered within each section: A1, A2 … B1 …; sections with nothing in them are left out. Counselling notes, when disclosed, are a separate bundle (CN1 …).</source>
        <translation>Classé selon la Practice Direction 27A : A documents préliminaires (résumé de l&apos;affaire et chronologie) ; B demandes et ordonnances (ordonnances de protection, audiences) ; C déclarations ; D rapports médicaux et médico-légaux (relevé médical, examen médico-légal, chaîne de possession) ; E photographies et pièces à conviction ; F autres documents (signalements d&apos;incidents du centre). Les pages sont numérotées dans chaque section : A1, A2 … B1 … ; les sections vides sont omises. Les notes de suivi psychologique, lorsqu&apos;elles sont communiquées, forment un recueil de pièces distinct (CN1 …).</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé de l&apos;affaire</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Medico-legal report for incident {n}, examination {k}</source>
        <translation>Rapport médico-légal pour l&apos;incident {n}, examen {k}</translation>
    </message>
    <message>
        <source>Medico-legal report for incident {n}</source>
        <translation>Rapport médico-légal pour l&apos;incident {n}</translation>
    </message>
    <message>
        <source>{title}: {why}</source>
        <translation>{title} : {why}</translation>
    </message>
    <message>
        <source>{title} ({number}, version {version})</source>
        <translation>{title} ({number}, version {version})</translation>
    </message>
    <message>
        <source>Medical encounters</source>
        <translation>Consultations médicales</translation>
    </message>
    <message>
        <source>The examination for incident {n}, seen on {when}, is drawn in full in its medico-legal report ({number}) and is not repeated here.</source>
        <translation>L&apos;examen de l&apos;incident {n}, vue le {when}, figure en entier dans son rapport médico-légal ({number}) et n&apos;est pas repris ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n later visit(s) for incident {n} are listed with their injuries in its medico-legal report ({number}), under Later review visits, and are not repeated here.</source>
        <translation>
            <numerusform>%n visite ultérieure pour l&apos;incident {n} figure avec ses blessures dans son rapport médico-légal ({number}), sous Visites de suivi ultérieures, et n&apos;est pas reprise ici.</numerusform>
            <numerusform>%n visites ultérieures pour l&apos;incident {n} figurent avec leurs blessures dans son rapport médico-légal ({number}), sous Visites de suivi ultérieures, et ne sont pas reprises ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the medico-legal report for incident {n} ({number}).</source>
        <translation>Voir le rapport médico-légal pour l&apos;incident {n} ({number}).</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>The forensic examination for incident {n}, started {when}, is in its medico-legal report ({number}) in full, with its specimens, their chain of custody and the examiner&apos;s opinion, and is not repeated here.</source>
        <translation>L&apos;examen médico-légal de l&apos;incident {n}, commencé le {when}, figure en entier dans son rapport médico-légal ({number}), avec ses prélèvements, leur chaîne de traçabilité et l&apos;avis de l&apos;examinateur, et n&apos;est pas repris ici.</translation>
    </message>
    <message>
        <source>The chain of custody of the specimens sealed {seals} is in the medico-legal report for incident {n} ({number}) and is not repeated here.</source>
        <translation>La chaîne de traçabilité des prélèvements scellés {seals} figure dans le rapport médico-légal de l&apos;incident {n} ({number}) et n&apos;est pas reprise ici.</translation>
    </message>
    <message>
        <source>{number} {kind}, {size}, {view}, {side}</source>
        <translation>{number} {kind}, {size}, {view}, {side}</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Why these notes are relevant</source>
        <translation>Pourquoi ces notes sont pertinentes</translation>
    </message>
    <message>
        <source>What is disclosed</source>
        <translation>Ce qui est communiqué</translation>
    </message>
    <message numerus="yes">
        <source>The notes of %n counselling session(s) held up to her consent, given {when}, to disclose her counselling notes to a court: {dates}.</source>
        <translation>
            <numerusform>Les notes de %n séance de suivi psychologique tenue avant son consentement, donné le {when}, à la communication de ses notes de suivi psychologique à un tribunal : {dates}.</numerusform>
            <numerusform>Les notes de %n séances de suivi psychologique tenues avant son consentement, donné le {when}, à la communication de ses notes de suivi psychologique à un tribunal : {dates}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later session(s) are not disclosed: her consent does not cover them.</source>
        <translation>
            <numerusform>%n séance ultérieure n&apos;est pas communiquée : son consentement ne la couvre pas.</numerusform>
            <numerusform>%n séances ultérieures ne sont pas communiquées : son consentement ne les couvre pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} session: others were present. These notes may record what other people said about themselves.</source>
        <translation>Séance {kind} : d&apos;autres personnes étaient présentes. Ces notes peuvent rapporter ce que d&apos;autres personnes ont dit d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>Statement {n}. {title}</source>
        <translation>Déclaration {n}. {title}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) follow.</source>
        <translation>
            <numerusform>%n page suit.</numerusform>
            <numerusform>%n pages suivent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Dossier {reference}</translation>
    </message>
    <message>
        <source>A separate bundle, not part of the court bundle: its pages are numbered CN1, CN2 … on their own.</source>
        <translation>Un recueil de pièces distinct, qui ne fait pas partie du recueil de pièces pour le tribunal : ses pages sont numérotées à part, CN1, CN2 …</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>Renseignements</translation>
    </message>
    <message>
        <source>Not recorded in the centre&apos;s file: the court, the case number, the judge, the parties and the hearing date.</source>
        <translation>Non enregistrés dans le dossier du centre : le tribunal, le numéro d&apos;affaire, le juge, les parties et la date d&apos;audience.</translation>
    </message>
    <message>
        <source>Prepared by {who}, {centre}</source>
        <translation>Préparé par {who}, {centre}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Nothing is recorded in the sections chosen.</source>
        <translation>Rien n&apos;est enregistré dans les sections choisies.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenue</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Motif d&apos;inscription</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Actions carried from earlier</source>
        <translation>Actions reportées des réunions précédentes</translation>
    </message>
    <message>
        <source>No action is outstanding from earlier meetings.</source>
        <translation>Aucune action des réunions précédentes n&apos;est en attente.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) to review</source>
        <translation>
            <numerusform>%n action à examiner</numerusform>
            <numerusform>%n actions à examiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agency} — %n outstanding</source>
        <translation>
            <numerusform>{agency} — %n en attente</numerusform>
            <numerusform>{agency} — %n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, dont %n en retard</numerusform>
            <numerusform>, dont %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Réunion du {date}</translation>
    </message>
    <message>
        <source>Attending: {agencies}</source>
        <translation>Présents : {agencies}</translation>
    </message>
    <message>
        <source>Prepared by {who}.</source>
        <translation>Préparé par {who}.</translation>
    </message>
    <message>
        <source>For the agencies at the meeting only. Do not copy, forward or keep it after the meeting; each agency records what it agreed in its own files.</source>
        <translation>Réservé aux organismes présents à la réunion. Ne pas copier, transmettre ni conserver après la réunion ; chaque organisme consigne ses engagements dans ses propres dossiers.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>No case is on the agenda of this meeting.</source>
        <translation>Aucun dossier n&apos;est à l&apos;ordre du jour de cette réunion.</translation>
    </message>
    <message>
        <source>Outstanding actions by agency</source>
        <translation>Actions en attente par organisme</translation>
    </message>
    <message>
        <source>The cases</source>
        <translation>Les dossiers</translation>
    </message>
    <message>
        <source>Risk: {risk}</source>
        <translation>Risque : {risk}</translation>
    </message>
    <message>
        <source>Referred: {criteria}</source>
        <translation>Inscrite pour : {criteria}</translation>
    </message>
    <message>
        <source>Shared without her consent</source>
        <translation>Transmis sans son consentement</translation>
    </message>
    <message>
        <source>, on a manager&apos;s authority, because:</source>
        <translation>, sur décision du ou de la responsable, parce que :</translation>
    </message>
    <message>
        <source>No action carried from an earlier meeting.</source>
        <translation>Aucune action reportée d&apos;une réunion précédente.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Née</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orientée par</translation>
    </message>
    <message>
        <source>{agency} on {date}</source>
        <translation>{agency} le {date}</translation>
    </message>
    <message>
        <source>Born {born}</source>
        <translation>Né le {born}</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Repeat (within 12 months of the last referral)</source>
        <translation>Répétition (dans les 12 mois suivant la dernière orientation)</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>Grille d&apos;évaluation remplie</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <source>Checklist: yes to</source>
        <translation>Grille d’évaluation du risque : oui à</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>SHARED WITHOUT THE SURVIVOR&apos;S CONSENT</source>
        <translation>TRANSMIS SANS LE CONSENTEMENT DE LA SURVIVANTE</translation>
    </message>
    <message>
        <source>Generated by {who} on {when}</source>
        <translation>Produit par {who} le {when}</translation>
    </message>
    <message>
        <source>Shared without the survivor&apos;s consent.</source>
        <translation>Transmis sans le consentement de la survivante.</translation>
    </message>
    <message>
        <source>A manager of {centre} authorised it, giving this reason:</source>
        <translation>Un ou une responsable de {centre} l&apos;a autorisé, pour le motif suivant :</translation>
    </message>
    <message>
        <source>Authorised by {who} on {when}.</source>
        <translation>Autorisé par {who} le {when}.</translation>
    </message>
    <message>
        <source>She has been told of this sharing (on {date}).</source>
        <translation>Elle a été informée de ce partage (le {date}).</translation>
    </message>
    <message>
        <source>She has not been told of this sharing yet.</source>
        <translation>Elle n&apos;a pas encore été informée de ce partage.</translation>
    </message>
    <message>
        <source>{who} will tell her. Until then, do not contact her about it.</source>
        <translation>{who} l&apos;en informera. D&apos;ici là, ne la contactez pas à ce sujet.</translation>
    </message>
    <message>
        <source>She has not been told of this sharing: telling her would increase the risk. Do not contact her about it, and take care that nothing of it reaches the perpetrator.</source>
        <translation>Elle n&apos;a pas été informée de ce partage : l&apos;en informer augmenterait le risque. Ne la contactez pas à ce sujet, et veillez à ce que rien n&apos;en parvienne à l&apos;auteur des violences.</translation>
    </message>
    <message>
        <source>Why she is not told: {why}</source>
        <translation>Pourquoi elle n&apos;est pas informée : {why}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Minutes of the case conference</source>
        <translation>Compte rendu de la réunion de concertation</translation>
    </message>
    <message>
        <source>Draft: the minutes are not closed yet.</source>
        <translation>Projet : le compte rendu n&apos;est pas encore clos.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Agencies invited</source>
        <translation>Organismes invités</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>Dossiers examinés</translation>
    </message>
    <message>
        <source>No case was heard at this meeting.</source>
        <translation>Aucun dossier n&apos;a été examiné lors de cette réunion.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Actions carried into the meeting</source>
        <translation>Actions reportées à la réunion</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>New actions agreed</source>
        <translation>Nouvelles actions convenues</translation>
    </message>
    <message>
        <source>Minutes prepared by {who}.</source>
        <translation>Compte rendu préparé par {who}.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Ligne médiane</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>SHA-256 of the original: {digest}</source>
        <translation>SHA-256 de l&apos;original : {digest}</translation>
    </message>
    <message>
        <source>Examination {n}</source>
        <translation>Examen {n}</translation>
    </message>
    <message>
        <source>Seen on {when}; recorded by {who}.</source>
        <translation>Vue le {when} ; consigné par {who}.</translation>
    </message>
    <message>
        <source>History as given</source>
        <translation>Antécédents tels que rapportés</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lésions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lésion</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>{name}. {title}</source>
        <translation>{name}. {title}</translation>
    </message>
    <message>
        <source>Taken by: {who} · When: {when} · Body site: {site} · Injury number: {n}</source>
        <translation>Prise par : {who} · Quand : {when} · Siège corporel : {site} · Numéro de la lésion : {n}</translation>
    </message>
    <message>
        <source>Body map of this examination: the injuries recorded when she was seen on {when}.</source>
        <translation>Schéma corporel de cet examen : les blessures enregistrées lorsqu&apos;elle a été vue le {when}.</translation>
    </message>
    <message>
        <source>Body map of examination {n}: the injuries recorded when she was seen on {when}.</source>
        <translation>Schéma corporel de l&apos;examen {n} : les blessures enregistrées lorsqu&apos;elle a été vue le {when}.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administré</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>Depuis l&apos;incident</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Recorded at {when}.</source>
        <translation>Enregistré le {when}.</translation>
    </message>
    <message>
        <source>Amended by {who} at {when}.</source>
        <translation>Modifié par {who} le {when}.</translation>
    </message>
    <message>
        <source>Forensic examination {n}</source>
        <translation>Examen médico-légal {n}</translation>
    </message>
    <message>
        <source>By {who}, started {when}.</source>
        <translation>Par {who}, commencé le {when}.</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Numéro de scellé</translation>
    </message>
    <message>
        <source>Chain of custody — seal {seal}</source>
        <translation>Chaîne de possession — scellé {seal}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Exhibit P{n}</source>
        <translation>Pièce P{n}</translation>
    </message>
    <message>
        <source>Photograph {n}</source>
        <translation>Photographie {n}</translation>
    </message>
    <message>
        <source>The absence of injury does not exclude sexual or physical assault: many assaults leave no injury, and injuries heal.</source>
        <translation>L&apos;absence de blessure n&apos;exclut pas une agression sexuelle ou physique : beaucoup d&apos;agressions ne laissent aucune blessure, et les blessures guérissent.</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Numéro du rapport</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The person examined</source>
        <translation>La personne examinée</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examinée</translation>
    </message>
    <message>
        <source>Time from incident to examination</source>
        <translation>Délai entre l&apos;incident et l&apos;examen</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Établi</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Prepared by {who} from the clinical records of this incident&apos;s visits; no forensic examination is recorded for it.</source>
        <translation>Établi par {who} à partir des dossiers cliniques des consultations liées à cet incident ; aucun examen médico-légal n&apos;est enregistré pour celui-ci.</translation>
    </message>
    <message>
        <source>Prepared by {who} from the examination by {examiner}, recorded by {recorders}.</source>
        <translation>Établi par {who} à partir de l&apos;examen pratiqué par {examiner} et enregistré par {recorders}.</translation>
    </message>
    <message>
        <source>Prepared by {who} from the examination recorded by {examiner}.</source>
        <translation>Établi par {who} à partir de l&apos;examen enregistré par {examiner}.</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}).</source>
        <translation>Cette version remplace la version {version} (émise le {when}).</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}), which named {examiner} as the examiner.</source>
        <translation>Cette version remplace la version {version} (émise le {when}), qui désignait {examiner} comme ayant procédé à l&apos;examen.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun(e) enregistré(e)</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}), which gave the examiner&apos;s qualifications as {qualifications} and registration number as {number}.</source>
        <translation>Cette version remplace la version {version} (émise le {when}), qui indiquait comme qualifications de la personne ayant procédé à l&apos;examen {qualifications} et comme numéro d&apos;inscription {number}.</translation>
    </message>
    <message>
        <source>Forensic examination {k} of {count} of this incident, on {when}</source>
        <translation>Examen médico-légal {k} sur {count} de cet incident, le {when}</translation>
    </message>
    <message>
        <source>Examination {k} of {count} of this incident, on {when}</source>
        <translation>Examen {k} sur {count} de cet incident, le {when}</translation>
    </message>
    <message>
        <source>Forensic examination on {when}</source>
        <translation>Examen médico-légal du {when}</translation>
    </message>
    <message>
        <source>Examination on {when}</source>
        <translation>Examen du {when}</translation>
    </message>
    <message>
        <source>Her consents</source>
        <translation>Ses consentements</translation>
    </message>
    <message>
        <source>No consent is recorded in the ledger.</source>
        <translation>Aucun consentement n&apos;est enregistré dans le registre.</translation>
    </message>
    <message>
        <source>Her decisions as they stood when she was examined; none taken after it.</source>
        <translation>Ses décisions telles qu&apos;elles étaient au moment de l&apos;examen ; aucune décision prise après.</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consentement à</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>No examination findings are recorded for this examination: no clinical encounter was recorded at this visit, so this report records neither injuries nor their absence.</source>
        <translation>Aucune constatation n&apos;est enregistrée pour cet examen : aucune consultation clinique n&apos;a été enregistrée lors de cette visite, ce rapport ne consigne donc ni blessures ni leur absence.</translation>
    </message>
    <message>
        <source>No body map is drawn of the {count} injuries recorded at later visits, from {first} to {last}: more than {most} markers cannot be read on one map. Each is in the table above, with its view and side.</source>
        <translation>Aucun schéma corporel n&apos;est dessiné pour les {count} blessures enregistrées lors des consultations ultérieures, du {first} au {last} : plus de {most} repères ne peuvent être lus sur un seul schéma. Chacune figure dans le tableau ci-dessus, avec sa vue et son côté.</translation>
    </message>
    <message numerus="yes">
        <source>Injuries recorded at %n later visit(s) more than {days} days after the examination ({dates}) are not shown with this incident&apos;s injuries: by then its injuries have usually healed, and what is seen may have another cause. Those visits are listed under Later review visits.</source>
        <translation>
            <numerusform>Les blessures consignées lors de %n visite ultérieure plus de {days} jours après l&apos;examen ({dates}) ne figurent pas avec celles de cet incident : à ce stade, ses blessures ont généralement guéri et ce qui est observé peut avoir une autre cause. Cette visite figure sous Visites de suivi ultérieures.</numerusform>
            <numerusform>Les blessures consignées lors de %n visites ultérieures plus de {days} jours après l&apos;examen ({dates}) ne figurent pas avec celles de cet incident : à ce stade, ses blessures ont généralement guéri et ce qui est observé peut avoir une autre cause. Ces visites figurent sous Visites de suivi ultérieures.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} later review visits for this incident, in a summary: the findings of {cut} of them are shortened here (marked …). The full findings of each visit are in its encounter record in the case&apos;s health records, dated as below.</source>
        <translation>{count} consultations de suivi ultérieures pour cet incident, résumées : les constatations de {cut} d&apos;entre elles sont abrégées ici (marquées …). Les constatations complètes de chaque consultation figurent dans sa fiche de consultation, dans le dossier de santé du cas, à la date indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>Other forensic examinations of this incident</source>
        <translation>Autres examens médico-légaux de cet incident</translation>
    </message>
    <message numerus="yes">
        <source>This report covers a later forensic examination of the incident. %n other examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>Ce rapport porte sur un examen médico-légal ultérieur de l&apos;incident. %n autre examen du même incident, qui fait l&apos;objet de son propre rapport :</numerusform>
            <numerusform>Ce rapport porte sur un examen médico-légal ultérieur de l&apos;incident. %n autres examens du même incident, chacun faisant l&apos;objet de son propre rapport :</numerusform>
        </translation>
    </message>
    <message>
        <source>I, {examiner}, examined the person named in this report and made the findings it records; they were recorded by {recorders}, at the times shown under Recorded and amended.</source>
        <translation>Je soussigné(e), {examiner}, ai examiné la personne nommée dans ce rapport et fait les constatations qu&apos;il consigne ; elles ont été enregistrées par {recorders}, aux heures indiquées sous Enregistrements et modifications.</translation>
    </message>
    <message>
        <source>I, {examiner}, examined the person named in this report, made the findings it records and recorded them at the times shown.</source>
        <translation>Je soussigné(e), {examiner}, ai examiné la personne nommée dans ce rapport, fait les constatations qu&apos;il consigne et les ai enregistrées aux heures indiquées.</translation>
    </message>
    <message>
        <source>The photographs of this incident are exhibits {exhibits} of section E, each with its caption and SHA-256: they are not repeated here.</source>
        <translation>Les photographies de cet incident sont les pièces {exhibits} de la section E, chacune avec sa légende et son SHA-256 : elles ne sont pas reprises ici.</translation>
    </message>
    <message>
        <source>This report is not ready to sign: the examiner has not recorded an opinion on the findings. Record it on the examination and export the report again.</source>
        <translation>Ce rapport n&apos;est pas prêt à être signé : l&apos;examinateur n&apos;a pas consigné d&apos;avis sur les constatations. Consignez-le dans l&apos;examen et exportez à nouveau le rapport.</translation>
    </message>
    <message>
        <source>No forensic examination is recorded for this incident, so this report has no examiner&apos;s declaration or statement of truth: it sets out the clinical records of the incident&apos;s visits as they stand, and is not to be signed as a forensic examiner&apos;s report.</source>
        <translation>Aucun examen médico-légal n&apos;est enregistré pour cet incident : ce rapport ne comporte donc ni déclaration de l&apos;examinateur ni attestation de véracité. Il présente les dossiers cliniques des consultations liées à l&apos;incident tels qu&apos;ils sont, et ne doit pas être signé comme le rapport d&apos;un examinateur médico-légal.</translation>
    </message>
    <message>
        <source>The examiner&apos;s opinion</source>
        <translation>L&apos;avis de l&apos;examinateur</translation>
    </message>
    <message>
        <source>No opinion is recorded.</source>
        <translation>Aucun avis n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Later review visits</source>
        <translation>Visites de suivi ultérieures</translation>
    </message>
    <message>
        <source>Further forensic examinations of this incident</source>
        <translation>Autres examens médico-légaux de cet incident</translation>
    </message>
    <message>
        <source>Recorded and amended</source>
        <translation>Enregistrements et modifications</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Amended at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Declaration and statement of truth</source>
        <translation>Déclaration et attestation de véracité</translation>
    </message>
    <message>
        <source>Note by the centre: {examiner} is recorded on the examination as an examiner who is not on the centre&apos;s staff. The centre holds no record of the examiner&apos;s qualifications or registration number; the examiner gives them below.</source>
        <translation>Note du centre : {examiner} est enregistré(e) sur l&apos;examen comme personne extérieure au personnel du centre ayant procédé à l&apos;examen. Le centre ne détient aucune trace des qualifications ni du numéro d&apos;inscription de la personne qui a procédé à l&apos;examen ; elle les indique ci-dessous.</translation>
    </message>
    <message>
        <source>I believe that the facts stated in this report are true. I understand that my duty is to the court, and that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.</source>
        <translation>Je crois que les faits exposés dans ce rapport sont vrais. Je comprends que mon devoir est envers le tribunal, et que des poursuites pour outrage au tribunal peuvent être engagées contre quiconque fait, ou fait faire, une fausse déclaration dans un document attesté par une déclaration de véracité sans croire honnêtement à sa véracité.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>Qualifications: {qualifications}</source>
        <translation>Qualifications : {qualifications}</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>Numéro d&apos;inscription : {number}</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message numerus="yes">
        <source>This report covers the first forensic examination of the incident. %n further examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>Ce rapport porte sur le premier examen médico-légal de l&apos;incident. %n autre examen du même incident, qui fait l&apos;objet de son propre rapport :</numerusform>
            <numerusform>Ce rapport porte sur le premier examen médico-légal de l&apos;incident. %n autres examens du même incident, chacun faisant l&apos;objet de son propre rapport :</numerusform>
        </translation>
    </message>
    <message>
        <source>* Recorded before this incident happened: it may have been given for an earlier examination. Confirm with her that it covers this one.</source>
        <translation>* Enregistré avant cet incident : il a pu être donné pour un examen antérieur. Vérifiez avec elle qu&apos;il couvre celui-ci.</translation>
    </message>
    <message>
        <source>Medico-legal report (draft: not ready to sign)</source>
        <translation>Rapport médico-légal (projet : pas prêt à être signé)</translation>
    </message>
    <message>
        <source>Medico-legal report (no forensic examination recorded)</source>
        <translation>Rapport médico-légal (aucun examen médico-légal enregistré)</translation>
    </message>
    <message>
        <source>No forensic examination is recorded for this incident.</source>
        <translation>Aucun examen médico-légal n&apos;est enregistré pour cet incident.</translation>
    </message>
    <message>
        <source>Not on the centre&apos;s staff: the centre holds no record of the examiner&apos;s qualifications.</source>
        <translation>Ne fait pas partie du personnel du centre : le centre ne détient aucune trace des qualifications de la personne qui a procédé à l&apos;examen.</translation>
    </message>
    <message>
        <source>No injuries were recorded at this examination.</source>
        <translation>Aucune blessure n&apos;a été enregistrée lors de cet examen.</translation>
    </message>
    <message>
        <source>No injuries were recorded at this examination or at the later visits for this incident.</source>
        <translation>Aucune blessure n&apos;a été enregistrée lors de cet examen ni lors des visites ultérieures pour cet incident.</translation>
    </message>
    <message>
        <source>Injuries recorded at later visits</source>
        <translation>Blessures enregistrées lors des visites ultérieures</translation>
    </message>
    <message>
        <source>Body map of the injuries recorded at later visits, from {first} to {last} (not of the forensic examination).</source>
        <translation>Schéma corporel des blessures enregistrées lors des visites ultérieures, du {first} au {last} (et non de l&apos;examen médico-légal).</translation>
    </message>
    <message>
        <source>Ano-genital examination</source>
        <translation>Examen ano-génital</translation>
    </message>
    <message>
        <source>No ano-genital findings are recorded on a diagram for this examination; whether these regions were examined, and what was found, is only as the findings above say.</source>
        <translation>Aucune constatation ano-génitale n&apos;est portée sur un schéma pour cet examen ; si ces régions ont été examinées, et ce qui a été constaté, ne ressort que des constatations ci-dessus.</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>please respond today.</source>
        <translation>merci de répondre aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>Service demandé</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>La personne orientée</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Connue sous le nom de</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age (estimated)</source>
        <translation>Âge (estimé)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Disability or access needs</source>
        <translation>Handicap ou besoins d&apos;accessibilité</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Her children</source>
        <translation>Ses enfants</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>How to contact her safely</source>
        <translation>Comment la contacter en sécurité</translation>
    </message>
    <message>
        <source>Safe number</source>
        <translation>Numéro sûr</translation>
    </message>
    <message>
        <source>No safe number: contact her through us.</source>
        <translation>Pas de numéro sûr : contactez-la par notre intermédiaire.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>A message may be left.</source>
        <translation>Un message peut être laissé.</translation>
    </message>
    <message>
        <source>Do not leave messages.</source>
        <translation>Ne laissez pas de message.</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Mot de code</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>{made}, not sent yet; this letter printed {printed}</source>
        <translation>{made}, pas encore envoyée ; lettre imprimée le {printed}</translation>
    </message>
    <message>
        <source>{made}, sent {sent}; this letter printed {printed}</source>
        <translation>{made}, envoyée le {sent} ; lettre imprimée le {printed}</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Orientée le</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>No consent to share her information with this agency is in force. It is shared on a manager&apos;s authority, for the reason given at the top of this letter.</source>
        <translation>Aucun consentement à transmettre ses informations à cet organisme n&apos;est en vigueur. Elles sont transmises sur décision d&apos;un ou d&apos;une responsable, pour le motif indiqué en tête de cette lettre.</translation>
    </message>
    <message>
        <source>Referring worker</source>
        <translation>Professionnel·le qui oriente</translation>
    </message>
    <message>
        <source>not set in the centre&apos;s settings</source>
        <translation>non renseigné dans les paramètres du centre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Date de l&apos;incident</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Perpetrator known to her</source>
        <translation>Auteur connu d&apos;elle</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>What happened to her is not told here: she has not consented to sharing it with this agency.</source>
        <translation>Ce qui lui est arrivé n&apos;est pas décrit ici : elle n&apos;a pas consenti à le partager avec cet organisme.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Contact at your agency (name, telephone)</source>
        <translation>Contact dans votre organisme (nom, téléphone)</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Reason, if declined</source>
        <translation>Motif, en cas de refus</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>Coupon-réponse</translation>
    </message>
    <message>
        <source>Please fill this in and return it to us within a week, by e-mail or by hand, even if you cannot take the referral.</source>
        <translation>Merci de le remplir et de nous le renvoyer dans la semaine, par courriel ou en main propre, même si vous ne pouvez pas accepter l&apos;orientation.</translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation>Lieux sûrs où aller</translation>
    </message>
    <message>
        <source>People you trust, and how to reach them</source>
        <translation>Les personnes de confiance, et comment les joindre</translation>
    </message>
    <message>
        <source>Emergency bag: documents, money, keys, medicines</source>
        <translation>Sac d&apos;urgence : papiers, argent, clés, médicaments</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Vos enfants</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>Sécurité du téléphone et en ligne</translation>
    </message>
    <message>
        <source>Routes and how to get out</source>
        <translation>Itinéraires et comment partir</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Autres notes</translation>
    </message>
    <message>
        <source>Places to go</source>
        <translation>Endroits où aller</translation>
    </message>
    <message>
        <source>People and numbers</source>
        <translation>Personnes et numéros</translation>
    </message>
    <message>
        <source>A word to remember</source>
        <translation>Un mot à retenir</translation>
    </message>
    <message>
        <source>Things to keep ready</source>
        <translation>Choses à garder prêtes</translation>
    </message>
    <message>
        <source>Phone and computer</source>
        <translation>Téléphone et ordinateur</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Se déplacer</translation>
    </message>
    <message>
        <source>Version {version}, {date}.</source>
        <translation>Version {version}, {date}.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date} with {who}.</source>
        <translation>Version {version}, convenue le {date} avec {who}.</translation>
    </message>
    <message>
        <source>Still to fill in: {headings}.</source>
        <translation>Encore à remplir : {headings}.</translation>
    </message>
    <message>
        <source>Keep these notes somewhere you can reach when you need them.</source>
        <translation>Gardez ces notes à un endroit où vous pourrez les retrouver quand vous en aurez besoin.</translation>
    </message>
    <message>
        <source>Keep this somewhere only you can reach. It does not carry your name. If keeping it ever feels unsafe, you can get rid of it: we can print it again whenever you ask.</source>
        <translation>Gardez ceci là où vous seule pouvez y accéder. Votre nom n&apos;y figure pas. Si le garder vous semble un jour risqué, vous pouvez vous en débarrasser : nous pouvons le réimprimer quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Still to plan together: {headings}.</source>
        <translation>Reste à prévoir ensemble : {headings}.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Survivors counted: {counted}. Survivors seen in the period whose consent to statistics is not in force, and who are not counted: {not_counted}.</source>
        <translation>Survivantes comptées : {counted}. Survivantes vues sur la période dont le consentement aux statistiques n&apos;est pas en vigueur, et qui ne sont pas comptées : {not_counted}.</translation>
    </message>
    <message>
        <source>Post-exposure prophylaxis</source>
        <translation>Prophylaxie post-exposition</translation>
    </message>
    <message>
        <source>She consented to this information being shared with {agency}: {reason} Ledger entry {entry}.</source>
        <translation>Elle a consenti à ce que ces informations soient transmises à {agency} : {reason} Entrée du registre {entry}.</translation>
    </message>
    <message>
        <source>Number of children: {count}</source>
        <translation>Nombre d&apos;enfants : {count}</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>{type}, {when}.</source>
        <translation>{type}, {when}.</translation>
    </message>
    <message>
        <source>no incident is linked to these examinations.</source>
        <translation>aucun incident n&apos;est lié à ces examens.</translation>
    </message>
    <message>
        <source>with consent to {purpose}</source>
        <translation>avec son consentement pour {purpose}</translation>
    </message>
    <message>
        <source>without consent, on a manager&apos;s authority</source>
        <translation>sans son consentement, sur décision d&apos;un ou d&apos;une responsable</translation>
    </message>
    <message>
        <source>Not recorded by then</source>
        <translation>Non enregistré à cette date</translation>
    </message>
    <message>
        <source>{hours} h after the incident</source>
        <translation>{hours} h après l&apos;incident</translation>
    </message>
    <message>
        <source>{low}-{high} h after the incident</source>
        <translation>{low} à {high} h après l&apos;incident</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Not stated here, for her safety.</source>
        <translation>Non indiqué ici, pour sa sécurité.</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>affaire {number}</translation>
    </message>
    <message>
        <source>police reference {number}</source>
        <translation>référence police {number}</translation>
    </message>
    <message>
        <source>Incident: {type}</source>
        <translation>Incident : {type}</translation>
    </message>
    <message>
        <source>{event} ({when})</source>
        <translation>{event} ({when})</translation>
    </message>
    <message>
        <source>Order issued: {order}</source>
        <translation>Ordonnance rendue : {order}</translation>
    </message>
    <message>
        <source>Hearing, {court}: {purpose} (scheduled)</source>
        <translation>Audience, {court} : {purpose} (prévue)</translation>
    </message>
    <message>
        <source>Hearing, {court}: {purpose}</source>
        <translation>Audience, {court} : {purpose}</translation>
    </message>
    <message>
        <source>a refuge (name withheld for her safety)</source>
        <translation>un refuge (nom non communiqué pour sa sécurité)</translation>
    </message>
    <message>
        <source>an agency (name withheld for her safety)</source>
        <translation>une structure (nom non communiqué pour sa sécurité)</translation>
    </message>
    <message>
        <source>Referred to {agency}: {service}</source>
        <translation>Orientée vers {agency} : {service}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de l&apos;affaire</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Défendeur</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Prochaine audience</translation>
    </message>
    <message>
        <source>Last hearing</source>
        <translation>Dernière audience</translation>
    </message>
    <message>
        <source>Decided case by case on a manager&apos;s authority: the reason for each case shared without her consent is printed beside it.</source>
        <translation>Décidé cas par cas sur décision du ou de la responsable : la raison de chaque cas transmis sans son consentement est imprimée à côté.</translation>
    </message>
    <message>
        <source>{document} of {date}</source>
        <translation>{document} du {date}</translation>
    </message>
    <message>
        <source>{level}, score {score}</source>
        <translation>{level}, score {score}</translation>
    </message>
    <message>
        <source>no assessment recorded</source>
        <translation>aucune évaluation enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s) old</source>
        <translation>
            <numerusform>environ %n an</numerusform>
            <numerusform>environ %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>{document}, {start} to {end}</source>
        <translation>{document}, du {start} au {end}</translation>
    </message>
    <message>
        <source>incident time not known</source>
        <translation>heure de l&apos;incident inconnue</translation>
    </message>
    <message>
        <source>The applicant (no legal name recorded; the name she uses is withheld for her safety)</source>
        <translation>La requérante (aucun nom légal enregistré ; le nom qu&apos;elle utilise est tu pour sa sécurité)</translation>
    </message>
    <message>
        <source>{name} (known as {alias})</source>
        <translation>{name} (connue sous le nom de {alias})</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, née le {date}</translation>
    </message>
    <message>
        <source>{name}, aged about {age}</source>
        <translation>{name}, environ {age} ans</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Forensic examination</source>
        <translation>Examen médico-légal</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Suivi psychologique</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Referral to another agency</source>
        <translation>Orientation vers un autre organisme</translation>
    </message>
    <message>
        <source>{count} further counts are marked {secondary} because statistics for {periods} were released before: with those, these counts would let a hidden count be worked out by subtraction.</source>
        <translation>{count} autres effectifs sont marqués {secondary} car les statistiques de {periods} ont déjà été publiées : avec elles, ces effectifs permettraient de retrouver par soustraction un effectif masqué.</translation>
    </message>
    <message>
        <source>{count} further counts are marked {secondary}: with the other counts printed, these would let a hidden count be worked out.</source>
        <translation>{count} autres effectifs sont marqués {secondary} : avec les autres effectifs imprimés, ils permettraient de retrouver un effectif masqué.</translation>
    </message>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>Incident Recorder du GBVIMS</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>Sans lien avec un incident</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Vue le</translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation>&amp;Vue le</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Antécédents</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lésions</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Injuries: click the outline to place a numbered marker</source>
        <translation>Lésions : cliquez sur la silhouette pour placer un repère numéroté</translation>
    </message>
    <message>
        <source>Remove the selected &amp;marker</source>
        <translation>Retirer le &amp;repère sélectionné</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Administré le</translation>
    </message>
    <message>
        <source>Dose or notes</source>
        <translation>Dose ou notes</translation>
    </message>
    <message>
        <source>Dose, product, result</source>
        <translation>Dose, produit, résultat</translation>
    </message>
    <message>
        <source>&amp;Add treatment</source>
        <translation>&amp;Ajouter un traitement</translation>
    </message>
    <message>
        <source>Treatments given</source>
        <translation>Traitements administrés</translation>
    </message>
    <message>
        <source>Remove the selected &amp;treatment</source>
        <translation>Retirer le &amp;traitement sélectionné</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save encounter</source>
        <translation>&amp;Enregistrer la consultation</translation>
    </message>
    <message>
        <source>Write the dose, product or result before adding the treatment.</source>
        <translation>Indiquez la dose, le produit ou le résultat avant d’ajouter le traitement.</translation>
    </message>
    <message>
        <source>Add this treatment or clear it before saving.</source>
        <translation>Ajoutez ce traitement ou effacez-le avant d&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export: {document}</source>
        <translation>Exporter : {document}</translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its file name says nothing of her, the case or the centre, in case someone else finds it.</source>
        <translation>Le document est construit à partir de ce que vous pouvez lire et de ce qu&apos;elle a accepté de partager. Le nom de son fichier ne dit rien d&apos;elle, du dossier ni du centre, au cas où quelqu&apos;un d&apos;autre le trouverait.</translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its name carries the case reference and the document type, never her name.</source>
        <translation>Le document est construit à partir de ce que vous pouvez lire et de ce qu&apos;elle a consenti à partager. Son nom porte la référence du dossier et le type de document, jamais son nom.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Langue du document</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256)</source>
        <translation>&amp;Protéger par un mot de passe (AES-256)</translation>
    </message>
    <message>
        <source>Without a password, anyone who gets hold of the file can read it.</source>
        <translation>Sans mot de passe, quiconque obtient le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Document password</source>
        <translation>Mot de passe du document</translation>
    </message>
    <message>
        <source>Document password again</source>
        <translation>Mot de passe du document, à nouveau</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>Share without her consent (a manager&apos;s decision)</source>
        <translation>Partager sans son consentement (décision du ou de la responsable)</translation>
    </message>
    <message>
        <source>Why it must be shared without her consent</source>
        <translation>Pourquoi il faut le partager sans son consentement</translation>
    </message>
    <message>
        <source>Why it must be shared without her consent (the document will say so).</source>
        <translation>Pourquoi il faut le partager sans son consentement (le document l&apos;indiquera).</translation>
    </message>
    <message>
        <source>&amp;Open the document when it is written</source>
        <translation>&amp;Ouvrir le document une fois écrit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Where the document was written</source>
        <translation>Où le document a été enregistré</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the document.</source>
        <translation>Indiquez où enregistrer le document.</translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n characters.</source>
        <translation>
            <numerusform>Un mot de passe de document a au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe de document a au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The document was written, but this computer could not open it: no program to show PDF files answered. Open it from its folder.</source>
        <translation>Le document a été enregistré, mais cet ordinateur n&apos;a pas pu l&apos;ouvrir : aucun programme d&apos;affichage des PDF n&apos;a répondu. Ouvrez-le depuis son dossier.</translation>
    </message>
    <message>
        <source>This computer could not show the folder. Its path is above.</source>
        <translation>Cet ordinateur n&apos;a pas pu afficher le dossier. Son chemin est indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <source>What you typed for each case is lost if this closes: press Escape or Cancel again to close without exporting.</source>
        <translation>Ce que vous avez saisi pour chaque dossier sera perdu si cette fenêtre se ferme : appuyez de nouveau sur Échap ou Annuler pour fermer sans exporter.</translation>
    </message>
</context>
<context>
    <name>HearDialog</name>
    <message>
        <source>Heard at the meeting: {ref}</source>
        <translation>Examiné en réunion : {ref}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patients with open clinical windows</source>
        <translation>Patientes avec des délais cliniques ouverts</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Mes dossiers ouverts</translation>
    </message>
    <message>
        <source>Tasks due in the next 7 days</source>
        <translation>Tâches à échéance dans les 7 prochains jours</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Séances du jour</translation>
    </message>
    <message>
        <source>Hearings in the next 14 days</source>
        <translation>Audiences dans les 14 prochains jours</translation>
    </message>
    <message>
        <source>Protection orders expiring within 30 days</source>
        <translation>Ordonnances de protection expirant dans les 30 jours</translation>
    </message>
    <message>
        <source>In the shelter now</source>
        <translation>Hébergées actuellement</translation>
    </message>
    <message>
        <source>Expected exits in the next 7 days</source>
        <translation>Départs prévus dans les 7 prochains jours</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Connecté en tant que {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nouvel accueil…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Print anonymised &amp;statistics…</source>
        <translation>Imprimer des &amp;statistiques anonymisées…</translation>
    </message>
    <message>
        <source>Anonymised counts for a period, for partners and funders: no name, no case reference, and no count small enough to point to someone.</source>
        <translation>Des chiffres anonymisés pour une période, destinés aux partenaires et aux financeurs : aucun nom, aucune référence de dossier, et aucun effectif assez petit pour désigner quelqu&apos;un.</translation>
    </message>
    <message>
        <source>No open clinical windows.</source>
        <translation>Aucun délai clinique ouvert.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tâche à faire</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Court and purpose</source>
        <translation>Tribunal et objet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <source>Room / bed</source>
        <translation>Chambre / lit</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce qui est dû</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>Aucun rappel.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on the Reminders tab.</source>
        <translation>
            <numerusform>%n de plus dans l&apos;onglet Rappels.</numerusform>
            <numerusform>%n de plus dans l&apos;onglet Rappels.</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Opened in the last 30 days</source>
        <translation>Ouverts ces 30 derniers jours</translation>
    </message>
    <message>
        <source>Break-glass accesses to review</source>
        <translation>Accès d&apos;urgence à examiner</translation>
    </message>
    <message>
        <source>Cases opened, month by month (last 12 months)</source>
        <translation>Dossiers ouverts, mois par mois (12 derniers mois)</translation>
    </message>
    <message>
        <source>Incidents recorded in the last 90 days, by type</source>
        <translation>Incidents enregistrés ces 90 derniers jours, par type</translation>
    </message>
    <message>
        <source>Shelter &amp;rooms and beds</source>
        <translation>&amp;Chambres et lits de l&apos;hébergement</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Bring in the centre&apos;s earlier register (CSV or Excel): choose a field for each column, check every row, decide on possible duplicates, then import it all at once. Nothing is written until you import.</source>
        <translation>Importez l&apos;ancien registre du centre (CSV ou Excel) : choisissez un champ pour chaque colonne, vérifiez chaque ligne, décidez pour les doublons possibles, puis importez tout en une fois. Rien n&apos;est écrit avant l&apos;import.</translation>
    </message>
    <message>
        <source>You can check a register and read its report here. A caseworker imports it: ask a caseworker to import the file once it is checked.</source>
        <translation>Ici, vous pouvez vérifier un registre et lire son rapport. C’est un référent ou une référente qui l’importe : demandez-lui d’importer le fichier une fois vérifié.</translation>
    </message>
    <message>
        <source>Who imports</source>
        <translation>Qui importe</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Fichier du registre</translation>
    </message>
    <message>
        <source>The register&apos;s file (.csv or .xlsx)</source>
        <translation>Le fichier du registre (.csv ou .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;Lire le fichier</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Colonnes et champs</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>OneStop field</source>
        <translation>Champ OneStop</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>&amp;Check every row (dry run)</source>
        <translation>&amp;Vérifier chaque ligne (essai)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Rows that would be refused</source>
        <translation>Lignes qui seraient refusées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Identifiant dans le registre</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Peut être</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avancement de l&apos;import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>Register to import</source>
        <translation>Registre à importer</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx)</source>
        <translation>Registres (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>CSV file, encoding {encoding}, delimiter {delimiter}</source>
        <translation>Fichier CSV, encodage {encoding}, séparateur {delimiter}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Classeur Excel, feuille « {sheet} »</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Champ pour {column}</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Mapping saved.</source>
        <translation>Correspondance enregistrée.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Check cancelled: run it again before importing.</source>
        <translation>Vérification annulée : relancez-la avant d&apos;importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked:</source>
        <translation>
            <numerusform>%n ligne vérifiée :</numerusform>
            <numerusform>%n lignes vérifiées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be refused,</source>
        <translation>
            <numerusform>%n serait refusée,</numerusform>
            <numerusform>%n seraient refusées,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be case(s) already in the vault.</source>
        <translation>
            <numerusform>%n est peut-être un dossier déjà dans le coffre.</numerusform>
            <numerusform>%n sont peut-être des dossiers déjà dans le coffre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision for line {line}</source>
        <translation>Décision pour la ligne {line}</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Décider…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Add to {reference}</source>
        <translation>Ajouter à {reference}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new case(s),</source>
        <translation>
            <numerusform>Importé : %n nouveau dossier,</numerusform>
            <numerusform>Importé : %n nouveaux dossiers,</numerusform>
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
            <numerusform>%n ligne ajoutée à des dossiers existants.</numerusform>
            <numerusform>%n lignes ajoutées à des dossiers existants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a case by its register id in the Cases tab.</source>
        <translation>Retrouvez un dossier par son identifiant de registre dans l’onglet Dossiers.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>IncidentRecorderDialog</name>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>Incident Recorder du GBVIMS</translation>
    </message>
    <message>
        <source>One row per incident reported in the months, of survivors whose consent to statistics is in force, in the Incident Recorder&apos;s columns and codes: no name, date of birth, contact or free text.</source>
        <translation>Une ligne par incident signalé pendant les mois choisis, pour les survivantes dont le consentement aux statistiques est en vigueur, dans les colonnes et les codes de l&apos;Incident Recorder : ni nom, ni date de naissance, ni coordonnées, ni texte libre.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256 ZIP archive)</source>
        <translation>&amp;Protéger par un mot de passe (archive ZIP AES-256)</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>Mot de passe de l&apos;archive</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Archive password again</source>
        <translation>Mot de passe de l&apos;archive, confirmation</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message numerus="yes">
        <source>Written {path}: %n incident(s).</source>
        <translation>
            <numerusform>Écrit {path} : %n incident.</numerusform>
            <numerusform>Écrit {path} : %n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>A name or the alias she chose is enough; everything else can be added later. Before her file is opened, OneStop looks for her among the existing files.</source>
        <translation>Un nom ou le pseudonyme qu’elle a choisi suffit ; tout le reste peut être ajouté plus tard. Avant d’ouvrir son dossier, OneStop la cherche parmi les dossiers existants.</translation>
    </message>
    <message>
        <source>Her</source>
        <translation>Elle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;Pseudonyme</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if she knows it</source>
        <translation>AAAA-MM-JJ, si elle la connaît</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contact sûr</translation>
    </message>
    <message>
        <source>Safe &amp;phone</source>
        <translation>&amp;Téléphone sûr</translation>
    </message>
    <message>
        <source>Text &amp;messages to this phone are safe</source>
        <translation>Les &amp;SMS vers ce téléphone sont sans danger</translation>
    </message>
    <message>
        <source>Text messages to this phone are safe</source>
        <translation>Les SMS vers ce téléphone sont sans danger</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>Mot de &amp;code convenu</translation>
    </message>
    <message>
        <source>Safe contact n&amp;otes</source>
        <translation>N&amp;otes sur le contact sûr</translation>
    </message>
    <message>
        <source>Her caseworker</source>
        <translation>Sa référente</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>&amp;Référente</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Premier incident</translation>
    </message>
    <message>
        <source>Not recorded now</source>
        <translation>Pas enregistré maintenant</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>T&amp;ime known</source>
        <translation>&amp;Heure connue</translation>
    </message>
    <message>
        <source>&amp;From (or at)</source>
        <translation>&amp;Du (ou le)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Conte&amp;xt</source>
        <translation>Conte&amp;xte</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Décisions de consentement</translation>
    </message>
    <message>
        <source>Me&amp;dical examination</source>
        <translation>Examen mé&amp;dical</translation>
    </message>
    <message>
        <source>Fo&amp;rensic collection</source>
        <translation>Prélèvements mé&amp;dico-légaux</translation>
    </message>
    <message>
        <source>P&amp;hotography</source>
        <translation>P&amp;hotographies</translation>
    </message>
    <message>
        <source>Share with po&amp;lice</source>
        <translation>Partage avec la po&amp;lice</translation>
    </message>
    <message>
        <source>U&amp;se in court</source>
        <translation>&amp;Utilisation en justice</translation>
    </message>
    <message>
        <source>Anon&amp;ymised statistics</source>
        <translation>Stat&amp;istiques anonymisées</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Check for &amp;existing files…</source>
        <translation>Chercher les dossiers &amp;existants…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No caseworker yet</source>
        <translation>Pas encore de référente</translation>
    </message>
    <message>
        <source>What will be registered</source>
        <translation>Ce qui sera enregistré</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Référente</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>En commun</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Correspondances possibles</translation>
    </message>
    <message>
        <source>Possible &amp;matches</source>
        <translation>Correspondances &amp;possibles</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Open the selected file</source>
        <translation>&amp;Ouvrir le dossier choisi</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} et {end}</translation>
    </message>
    <message>
        <source>none asked yet</source>
        <translation>aucune demandée pour l’instant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>Téléphone sûr</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <source>do not send</source>
        <translation>ne pas envoyer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>pseudonyme</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>These files share something with what she told you. If one of them is hers, open it instead of registering her again.</source>
        <translation>Ces dossiers ont quelque chose en commun avec ce qu’elle vous a dit. Si l’un d’eux est le sien, ouvrez-le au lieu de l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>No existing file has her name, alias, date of birth or phone.</source>
        <translation>Aucun dossier existant n’a son nom, son pseudonyme, sa date de naissance ou son téléphone.</translation>
    </message>
    <message>
        <source>&amp;Register her as new: none of these</source>
        <translation>&amp;Enregistrer comme nouvelle : aucun de ceux-ci</translation>
    </message>
    <message>
        <source>&amp;Register her</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose her file in the list first.</source>
        <translation>Choisissez d’abord son dossier dans la liste.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>Abandonner cet accueil ?</translation>
    </message>
    <message>
        <source>What you typed about her has not been saved.</source>
        <translation>Ce que vous avez saisi à son sujet n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>No longer possible</source>
        <translation>Plus possible</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Justice and legal aid</source>
        <translation>Justice et aide juridictionnelle</translation>
    </message>
    <message>
        <source>Shelter and housing</source>
        <translation>Hébergement et logement</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Socio-economic support</source>
        <translation>Soutien socio-économique</translation>
    </message>
    <message>
        <source>Child services</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <source>Community and faith groups</source>
        <translation>Groupes communautaires et religieux</translation>
    </message>
    <message>
        <source>PEP first dose</source>
        <translation>Première dose de PPE</translation>
    </message>
    <message>
        <source>Emergency contraception</source>
        <translation>Contraception d&apos;urgence</translation>
    </message>
    <message>
        <source>STI prophylaxis</source>
        <translation>Prophylaxie des IST</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>Hépatite B</translation>
    </message>
    <message>
        <source>Tetanus</source>
        <translation>Tétanos</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>Test de grossesse</translation>
    </message>
    <message>
        <source>HIV baseline test</source>
        <translation>Test VIH initial</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation>Viol</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation>Agression sexuelle</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>Agression physique</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Mariage forcé</translation>
    </message>
    <message>
        <source>Denial of resources, opportunities or services</source>
        <translation>Déni de ressources, d&apos;opportunités ou de services</translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation>Violence psychologique ou émotionnelle</translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation>Partenaire intime</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexe</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivante</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <translation>Examen médical</translation>
    </message>
    <message>
        <source>Forensic collection</source>
        <translation>Prélèvements médico-légaux</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Share with police</source>
        <translation>Partage avec la police</translation>
    </message>
    <message>
        <source>Share with agency</source>
        <translation>Partage avec une structure</translation>
    </message>
    <message>
        <source>Use in court</source>
        <translation>Utilisation devant le tribunal</translation>
    </message>
    <message>
        <source>Disclosure of counselling notes to a court (the sessions held until then)</source>
        <translation>Communication des notes de suivi psychologique à un tribunal (les séances tenues jusque-là)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action still to do</comment>
        <extracomment>An action agreed at a case conference that is still to be done (an action: in French and Spanish a feminine noun).</extracomment>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action carried out</comment>
        <extracomment>An action agreed at a case conference that was carried out.</extracomment>
        <translation>Faite</translation>
    </message>
    <message>
        <source>High risk of serious harm or homicide</source>
        <translation>Risque élevé de blessures graves ou d&apos;homicide</translation>
    </message>
    <message>
        <source>Risk to children</source>
        <translation>Risque pour les enfants</translation>
    </message>
    <message>
        <source>Risk to other people</source>
        <translation>Risque pour d&apos;autres personnes</translation>
    </message>
    <message>
        <source>To prevent or detect a serious crime</source>
        <translation>Pour prévenir ou détecter un crime grave</translation>
    </message>
    <message>
        <source>She could not be asked safely in time</source>
        <translation>Elle n&apos;a pas pu être consultée à temps sans danger</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <extracomment>A survivor&apos;s case file that is open (not closed).</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>incident context</comment>
        <extracomment>Where the violence happened: within her family (not by an intimate partner).</extracomment>
        <translation>Famille (hors partenaire intime)</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent decision</comment>
        <extracomment>Her consent decision: she gave her consent.</extracomment>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>consent decision</comment>
        <extracomment>Her consent decision: she refused her consent.</extracomment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Identifiant dans le registre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Âge estimé</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>Téléphone sûr</translation>
    </message>
    <message>
        <source>Date of the first interview</source>
        <translation>Date du premier entretien</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Date de l&apos;incident</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>Context (relationship)</source>
        <translation>Contexte (relation)</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation>Nombre d&apos;auteurs</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>checklist answer</comment>
        <extracomment>An answer on the risk checklist: she did not want to answer this question.</extracomment>
        <translation>Ne souhaite pas répondre</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximative</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Oral swab</source>
        <translation>Écouvillon buccal</translation>
    </message>
    <message>
        <source>Vaginal swab</source>
        <translation>Écouvillon vaginal</translation>
    </message>
    <message>
        <source>Anal swab</source>
        <translation>Écouvillon anal</translation>
    </message>
    <message>
        <source>Skin swab</source>
        <translation>Écouvillon cutané</translation>
    </message>
    <message>
        <source>Fingernail</source>
        <translation>Ongles</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Sang</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Urine</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Vêtements</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Soignant(e)</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Conseiller(ère)</translation>
    </message>
    <message>
        <source>Legal advocate</source>
        <translation>Juriste</translation>
    </message>
    <message>
        <source>Shelter officer</source>
        <translation>Responsable hébergement</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable du centre</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referral status</comment>
        <extracomment>A referral&apos;s status: the agency said it will not take her (a referral: in French &quot;orientation&quot;, feminine).</extracomment>
        <translation>Refusée par la structure</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Extrême urgence</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuelle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>counselling session</comment>
        <extracomment>A kind of counselling session: with members of her family present.</extracomment>
        <translation>Familiale</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message numerus="yes">
        <source>Escalation (%n+ incidents in 12 months)</source>
        <translation>
            <numerusform>Escalade (%n incident ou plus en 12 mois)</numerusform>
            <numerusform>Escalade (%n incidents ou plus en 12 mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation>Coffre mis à niveau</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Écran déverrouillé</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Record purged</source>
        <translation>Dossier purgé</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Document exporté</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Document imprimé</translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation>Bris de glace</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Comptes listés</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Pre-upgrade backup deleted</source>
        <translation>Sauvegarde d’avant la mise à niveau supprimée</translation>
    </message>
    <message>
        <source>Key slots vouched for</source>
        <translation>Emplacements de clés garantis</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Clé du coffre changée</translation>
    </message>
    <message>
        <source>Vault moved to the server</source>
        <translation>Coffre déplacé vers le serveur</translation>
    </message>
    <message>
        <source>Vault verified</source>
        <translation>Coffre vérifié</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Journal d&apos;audit consulté</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>Falsification détectée</translation>
    </message>
    <message>
        <source>Tampering acknowledged</source>
        <translation>Altération reconnue</translation>
    </message>
    <message>
        <source>Signing key registered</source>
        <translation>Clé de signature enregistrée</translation>
    </message>
    <message>
        <source>Unverified reports refused</source>
        <translation>Signalements non vérifiés refusés</translation>
    </message>
    <message>
        <source>Section key created</source>
        <translation>Clé de section créée</translation>
    </message>
    <message>
        <source>Section key given</source>
        <translation>Clé de section remise</translation>
    </message>
    <message>
        <source>New section key due</source>
        <translation>Nouvelle clé de section requise</translation>
    </message>
    <message>
        <source>Older text sealed</source>
        <translation>Texte ancien scellé</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>audit outcome</comment>
        <extracomment>The outcome of an action in the audit trail: it was carried out.</extracomment>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>audit outcome</comment>
        <extracomment>The outcome of an action in the audit trail: the person was not allowed to do it.</extracomment>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>Médico-légal</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>Risque et sécurité</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Réunions de cas</translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation>Réseau d&apos;orientation</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Aged 0 to 11</source>
        <translation>0 à 11 ans</translation>
    </message>
    <message>
        <source>Aged 12 to 17</source>
        <translation>12 à 17 ans</translation>
    </message>
    <message>
        <source>Aged 18 to 25</source>
        <translation>18 à 25 ans</translation>
    </message>
    <message>
        <source>Aged 26 to 40</source>
        <translation>26 à 40 ans</translation>
    </message>
    <message>
        <source>Aged 41 to 60</source>
        <translation>41 à 60 ans</translation>
    </message>
    <message>
        <source>Aged 61 or older</source>
        <translation>61 ans ou plus</translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Counselling notes bundle</source>
        <translation>Recueil de pièces des notes de suivi psychologique</translation>
    </message>
    <message>
        <source>Case summary and chronology</source>
        <translation>Résumé de l&apos;affaire et chronologie</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Résumé de l&apos;incident</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Rapport médical</translation>
    </message>
    <message>
        <source>Forensic report</source>
        <translation>Rapport médico-légal des prélèvements</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de possession</translation>
    </message>
    <message>
        <source>Photographs (exhibits)</source>
        <translation>Photographies (pièces à conviction)</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Ordonnances de protection</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>Notes de suivi psychologique</translation>
    </message>
    <message>
        <source>High risk on the checklist</source>
        <translation>Risque élevé selon la grille d&apos;évaluation du risque</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Jugement professionnel</translation>
    </message>
    <message>
        <source>Repeat (new incident within 12 months of the last referral)</source>
        <translation>Récidive (nouvel incident dans les 12 mois suivant la dernière orientation)</translation>
    </message>
    <message>
        <source>PEP</source>
        <translation>PPE</translation>
    </message>
    <message>
        <source>Forensic: oral</source>
        <translation>Médico-légal : buccal</translation>
    </message>
    <message>
        <source>Forensic: digital</source>
        <translation>Médico-légal : digital</translation>
    </message>
    <message>
        <source>Forensic: anal</source>
        <translation>Médico-légal : anal</translation>
    </message>
    <message>
        <source>Forensic: vaginal</source>
        <translation>Médico-légal : vaginal</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d&apos;orientation</translation>
    </message>
    <message>
        <source>Medico-legal report</source>
        <translation>Rapport médico-légal</translation>
    </message>
    <message>
        <source>Court bundle</source>
        <translation>Recueil de pièces pour le tribunal</translation>
    </message>
    <message>
        <source>Case-conference pack</source>
        <translation>Dossier de réunion de concertation</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation>Statistiques anonymisées</translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation>Lieux sûrs où aller</translation>
    </message>
    <message>
        <source>People she trusts and how to reach them</source>
        <translation>Personnes de confiance et comment les joindre</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Mot de code</translation>
    </message>
    <message>
        <source>Emergency bag (documents, money, keys, medicines)</source>
        <translation>Sac d&apos;urgence (papiers, argent, clés, médicaments)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>Sécurité du téléphone et en ligne</translation>
    </message>
    <message>
        <source>Routes and escape plan</source>
        <translation>Itinéraires et plan de fuite</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Autres notes</translation>
    </message>
    <message>
        <source>DHIS2 data value set</source>
        <translation>Jeu de valeurs DHIS2</translation>
    </message>
    <message>
        <source>Conference minutes</source>
        <translation>Compte rendu de réunion</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>Locked by {name}. Only they can unlock; anyone else signs in anew.</source>
        <translation>Verrouillé par {name}. Seule cette personne peut déverrouiller ; toute autre personne se connecte à nouveau.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>OneStop is locked</source>
        <translation>OneStop est verrouillé</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Verrouillé par</translation>
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
        <translation>Avertissement de verrouillage des majuscules</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Message de déverrouillage</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Changer d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MedicoLegalChoices</name>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>La police</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Who the report is for</source>
        <translation>Destinataire du rapport</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>The examination the report is on</source>
        <translation>L&apos;examen objet du rapport</translation>
    </message>
    <message>
        <source>The latest examination</source>
        <translation>Le dernier examen</translation>
    </message>
    <message>
        <source>incident: {type}, {occurred}</source>
        <translation>incident : {type}, {occurred}</translation>
    </message>
    <message>
        <source>Seen {when} (no forensic examination) · {incident}</source>
        <translation>Vue le {when} (aucun examen médico-légal) · {incident}</translation>
    </message>
    <message>
        <source>Examined {when} by {examiner} · {incident}</source>
        <translation>Examinée le {when} par {examiner} · {incident}</translation>
    </message>
    <message>
        <source>not linked to an incident</source>
        <translation>rattaché à aucun incident</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>Not ready to sign</source>
        <translation>Pas prêt à signer</translation>
    </message>
    <message>
        <source>Not ready to sign: the examiner has not recorded an opinion on the findings of this examination. The report will say so above its declaration. Record the opinion on the forensic examination first, or export it now as a draft.</source>
        <translation>Pas prêt à signer : l&apos;examinateur n&apos;a pas consigné d&apos;avis sur les constatations de cet examen. Le rapport l&apos;indiquera au-dessus de sa déclaration. Consignez d&apos;abord l&apos;avis sur l&apos;examen médico-légal, ou exportez-le maintenant comme brouillon.</translation>
    </message>
</context>
<context>
    <name>MeetingTime</name>
    <message>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This vault was last used by a newer version of OneStop. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>Ce coffre a été utilisé en dernier par une version plus récente de OneStop. Installez cette version (ou une plus récente) pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Ce champ ne peut pas rester vide.</translation>
    </message>
    <message>
        <source>A hand-over cannot be in the future.</source>
        <translation>Une remise ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>A hand-over cannot come before the specimen was collected.</source>
        <translation>Une remise ne peut pas précéder le prélèvement.</translation>
    </message>
    <message>
        <source>Hand-overs are recorded in order: this one is earlier than the last one recorded.</source>
        <translation>Les remises sont enregistrées dans l&apos;ordre : celle-ci est antérieure à la dernière enregistrée.</translation>
    </message>
    <message>
        <source>The specimen was last with {holder}; the hand-over must start from them.</source>
        <translation>Le prélèvement était en dernier chez {holder} ; la remise doit partir de cette personne.</translation>
    </message>
    <message>
        <source>A hand-over goes to someone else.</source>
        <translation>Une remise se fait à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>The examination cannot be in the future.</source>
        <translation>L&apos;examen ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Injury markers are numbered 1, 2, 3… with no number used twice.</source>
        <translation>Les repères de lésion sont numérotés 1, 2, 3… sans numéro utilisé deux fois.</translation>
    </message>
    <message>
        <source>An injury marker is outside the body outline.</source>
        <translation>Un repère de lésion est en dehors de la silhouette.</translation>
    </message>
    <message>
        <source>Say what kind of injury each marker is.</source>
        <translation>Indiquez la nature de la lésion pour chaque repère.</translation>
    </message>
    <message>
        <source>{label} cannot be given in the future.</source>
        <translation>{label} : l&apos;administration ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>{label} is recorded before the incident.</source>
        <translation>{label} est enregistré avant l&apos;incident.</translation>
    </message>
    <message>
        <source>A follow-up cannot be due before the examination.</source>
        <translation>Un suivi ne peut pas être prévu avant l&apos;examen.</translation>
    </message>
    <message>
        <source>Say what each follow-up is for.</source>
        <translation>Indiquez l&apos;objet de chaque suivi.</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, dose 2 (1 month)</source>
        <translation>Vaccin hépatite B, 2e dose (1 mois)</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, dose 3 (2 months)</source>
        <translation>Vaccin hépatite B, 3e dose (2 mois)</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, booster (12 months)</source>
        <translation>Vaccin hépatite B, rappel (12 mois)</translation>
    </message>
    <message>
        <source>PEP course complete: check adherence and side effects</source>
        <translation>Fin du traitement PPE : vérifier l&apos;observance et les effets indésirables</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 32 caractères : lettres minuscules a-z, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n character(s) (a few unrelated words make a good one).</source>
        <translation>
            <numerusform>Le mot de passe est trop court : utilisez au moins %n caractère (quelques mots sans lien entre eux en font un bon).</numerusform>
            <numerusform>Le mot de passe est trop court : utilisez au moins %n caractères (quelques mots sans lien entre eux en font un bon).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>Le mot de passe est trop long : utilisez au plus %n caractère.</numerusform>
            <numerusform>Le mot de passe est trop long : utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The password is too weak. {hint} Try a longer phrase.</source>
        <translation>Le mot de passe est trop faible. {hint} Essayez une phrase plus longue.</translation>
    </message>
    <message>
        <source>The risk checklist {name} is not valid at {where}: {message}</source>
        <translation>La grille d&apos;évaluation du risque {name} n&apos;est pas valide à {where} : {message}</translation>
    </message>
    <message>
        <source>The risk checklist {name} asks a question id twice: {ids}.</source>
        <translation>La grille d&apos;évaluation du risque {name} pose deux fois le même identifiant de question : {ids}.</translation>
    </message>
    <message numerus="yes">
        <source>The risk checklist {name} has thresholds that cannot work: medium ({medium}) must be below high ({high}), and high no more than the %n question(s).</source>
        <translation>
            <numerusform>La grille d&apos;évaluation du risque {name} a des seuils impossibles : moyen ({medium}) doit être inférieur à élevé ({high}), et élevé ne pas dépasser sa %n question.</numerusform>
            <numerusform>La grille d&apos;évaluation du risque {name} a des seuils impossibles : moyen ({medium}) doit être inférieur à élevé ({high}), et élevé ne pas dépasser ses %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The risk checklist {name} translates questions it does not ask ({language}): {ids}.</source>
        <translation>La grille d&apos;évaluation du risque {name} traduit des questions qu&apos;elle ne pose pas ({language}) : {ids}.</translation>
    </message>
    <message>
        <source>The risk checklist {name} cannot be read: {exc}</source>
        <translation>La grille d&apos;évaluation du risque {name} ne peut pas être lue : {exc}</translation>
    </message>
    <message>
        <source>The risk checklist {name} is not valid JSON (line {lineno}, column {colno}): {msg}.</source>
        <translation>La grille d&apos;évaluation du risque {name} n&apos;est pas un JSON valide (ligne {lineno}, colonne {colno}) : {msg}.</translation>
    </message>
    <message>
        <source>The checklist does not ask: {ids}.</source>
        <translation>La grille ne pose pas ces questions : {ids}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer: give one to each (&quot;not known&quot; and &quot;declined&quot; are answers).</source>
        <translation>
            <numerusform>%n question est sans réponse : répondez-y (« inconnu » et « refus de répondre » sont des réponses).</numerusform>
            <numerusform>%n questions sont sans réponse : répondez à chacune (« inconnu » et « refus de répondre » sont des réponses).</numerusform>
        </translation>
    </message>
    <message>
        <source>Professional judgement may raise the level, not lower it below {value} (the score&apos;s level).</source>
        <translation>Le jugement professionnel peut relever le niveau, pas le faire descendre sous {value} (le niveau du score).</translation>
    </message>
    <message>
        <source>Say why your judgement raises the level.</source>
        <translation>Indiquez pourquoi votre jugement relève le niveau.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>A name cannot contain invisible direction marks (they can make it display as another name). Type it again without copying it from elsewhere.</source>
        <translation>Un nom ne peut pas contenir de marques de direction invisibles (elles peuvent le faire apparaître comme un autre nom). Tapez-le à nouveau sans le copier d’ailleurs.</translation>
    </message>
    <message>
        <source>A name cannot contain characters that are not valid text.</source>
        <translation>Un nom ne peut pas contenir de caractères qui ne sont pas du texte valide.</translation>
    </message>
    <message>
        <source>This text cannot contain invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere.</source>
        <translation>Ce texte ne peut pas contenir de marques de direction invisibles (elles peuvent le faire s&apos;afficher comme autre chose). Saisissez-le à nouveau sans le copier d&apos;ailleurs.</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (or DD/MM/YYYY).</source>
        <translation>Saisissez la date sous la forme AAAA-MM-JJ (ou JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>Il n&apos;y a pas de mois {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} {year}.</source>
        <translation>Le {day} {month} {year} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Type the time as 15:00 or 3:00 PM.</source>
        <translation>Saisissez l’heure sous la forme 15:00 ou 3:00 PM.</translation>
    </message>
    <message>
        <source>With AM or PM, the hour is 1 to 12 (or type 15:00).</source>
        <translation>Avec AM ou PM, l’heure va de 1 à 12 (ou saisissez 15:00).</translation>
    </message>
    <message>
        <source>There is no {time} on a clock.</source>
        <translation>{time} n’est pas une heure valide.</translation>
    </message>
    <message>
        <source>Enter a name or the alias she chose (either is enough).</source>
        <translation>Saisissez un nom ou le pseudonyme qu&apos;elle a choisi (l&apos;un ou l&apos;autre suffit).</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>200 caractères au plus.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>Un nom ne peut pas contenir de saut de ligne ni de caractère de contrôle.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is before {OLDEST_BIRTH_YEAR}.</source>
        <translation>La date de naissance est antérieure à {OLDEST_BIRTH_YEAR}.</translation>
    </message>
    <message>
        <source>An age is between 0 and {MAX_AGE}.</source>
        <translation>Un âge est compris entre 0 et {MAX_AGE}.</translation>
    </message>
    <message>
        <source>Give the date of birth or an estimated age, not both.</source>
        <translation>Indiquez la date de naissance ou un âge estimé, pas les deux.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, - or brackets only.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, +, - ou des parenthèses.</translation>
    </message>
    <message>
        <source>Give the time of the incident, or mark it as not known.</source>
        <translation>Indiquez le moment de l&apos;incident, ou marquez-le comme inconnu.</translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation>La fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <source>The incident cannot be in the future.</source>
        <translation>L&apos;incident ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth is after the incident.</source>
        <translation>La date de naissance est postérieure à l&apos;incident.</translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n character(s) here.</source>
        <translation>
            <numerusform>Écrivez au plus %n caractère ici.</numerusform>
            <numerusform>Écrivez au plus %n caractères ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>An injury number is the injury&apos;s number in the injuries table (1, 2 …).</source>
        <translation>Le numéro d&apos;une lésion est son numéro dans le tableau des lésions (1, 2 …).</translation>
    </message>
    <message>
        <source>This image is too large to open safely.</source>
        <translation>Cette image est trop grande pour être ouverte sans risque.</translation>
    </message>
    <message>
        <source>This file is not a picture OneStop can read.</source>
        <translation>Ce fichier n&apos;est pas une image que OneStop sait lire.</translation>
    </message>
    <message>
        <source>This file is not a picture OneStop can read, nor a PDF: its content is something else, whatever its name or type says.</source>
        <translation>Ce fichier n’est ni une image que OneStop peut lire, ni un PDF : son contenu est autre chose, quoi qu’en disent son nom ou son type.</translation>
    </message>
    <message>
        <source>Attach files to a section of her file.</source>
        <translation>Joignez les fichiers à une section de son dossier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Files of up to 50 MB can be attached.</source>
        <translation>Les fichiers jusqu&apos;à 50 Mo peuvent être joints.</translation>
    </message>
    <message>
        <source>Attach a photograph (JPEG, PNG…) or a PDF scan.</source>
        <translation>Joignez une photographie (JPEG, PNG…) ou un PDF numérisé.</translation>
    </message>
    <message>
        <source>The file name is at most 255 characters.</source>
        <translation>Le nom du fichier fait au plus 255 caractères.</translation>
    </message>
    <message>
        <source>She has not consented to photography (at the time the picture was taken). Record her decision in the consent ledger first; nothing was saved.</source>
        <translation>Elle n&apos;a pas consenti à la photographie (au moment où la photo a été prise). Enregistrez d&apos;abord sa décision dans le registre des consentements ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A picture cannot be taken in the future.</source>
        <translation>Une photo ne peut pas être prise dans le futur.</translation>
    </message>
    <message>
        <source>Someone else moved this attachment while you were editing it. Nothing was saved: open it again to see their changes, then make yours.</source>
        <translation>Quelqu&apos;un d&apos;autre a déplacé cette pièce jointe pendant votre modification. Rien n&apos;a été enregistré : rouvrez-la pour voir ses changements, puis faites les vôtres.</translation>
    </message>
    <message>
        <source>She had not consented to photography at that time. Check the time the picture was taken and the consent ledger; nothing was saved.</source>
        <translation>Elle n&apos;avait pas consenti à la photographie à ce moment-là. Vérifiez l&apos;heure de la prise de vue et le registre des consentements ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The attachment you chose is not in case {reference}: it may have been removed. Choose it again from the list.</source>
        <translation>La pièce jointe choisie n&apos;est pas dans le dossier {reference} : elle a peut-être été supprimée. Choisissez-la de nouveau dans la liste.</translation>
    </message>
    <message>
        <source>This attachment has no thumbnail.</source>
        <translation>Cette pièce jointe n&apos;a pas de vignette.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>There is already a OneStop vault in this folder.</source>
        <translation>Il y a déjà un coffre OneStop dans ce dossier.</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the vault.</source>
        <translation>Choisissez un dossier vide (ou nouveau) pour le coffre.</translation>
    </message>
    <message>
        <source>There is no OneStop vault in {path}.</source>
        <translation>Il n&apos;y a pas de coffre OneStop dans {path}.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now: the vault folder cannot be written to (the disk may be full, or the folder read-only), so a failed attempt could not be recorded. Free some space or ask IT to check the folder, then try again.</source>
        <translation>La connexion est impossible pour le moment : le dossier du coffre ne peut pas être modifié (le disque est peut-être plein, ou le dossier en lecture seule), donc une tentative échouée ne pourrait pas être enregistrée. Libérez de l’espace ou demandez à l’informatique de vérifier le dossier, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator if you need access again.</source>
        <translation>Ce compte est désactivé. Adressez-vous à l&apos;administrateur si vous avez de nouveau besoin d&apos;un accès.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Ce coffre n&apos;a pas de clé de secours.</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>La clé de secours n&apos;est pas correcte.</translation>
    </message>
    <message>
        <source>This account is not active in this vault. Ask the administrator.</source>
        <translation>Ce compte n&apos;est pas actif dans ce coffre. Adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Break-glass is not available on the centre&apos;s server yet, so nothing was opened or recorded. Ask a colleague who works in that section.</source>
        <translation>L&apos;accès d&apos;urgence n&apos;est pas encore disponible sur le serveur du centre : rien n&apos;a été ouvert ni enregistré. Demandez à un collègue qui travaille dans cette section.</translation>
    </message>
    <message>
        <source>The vault&apos;s record of this access was removed or altered, with its reason; the audit trail still holds the access. Ask the admin to verify the vault.</source>
        <translation>L&apos;enregistrement de cet accès dans le coffre a été supprimé ou modifié, avec son motif ; le journal d&apos;audit contient toujours l&apos;accès. Demandez à l&apos;administrateur de vérifier le coffre.</translation>
    </message>
    <message>
        <source>The vault marked this access reviewed, but no manager&apos;s review of it is in the audit trail. Ask the admin to verify the vault.</source>
        <translation>Le coffre indique que cet accès a été examiné, mais aucun examen par une personne responsable ne figure dans le journal d&apos;audit. Demandez à l&apos;administrateur de vérifier le coffre.</translation>
    </message>
    <message>
        <source>No manager has signed in to receive break-glass reasons yet: your reason could not be kept for the review, so nothing was opened.</source>
        <translation>Aucune personne responsable ne s&apos;est encore connecté(e) pour recevoir les motifs des accès d&apos;urgence : votre motif n&apos;a pas pu être conservé pour l&apos;examen, rien n&apos;a donc été ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>Write why you need this section (at least %n character(s)): the manager reviews every break-glass access.</source>
        <translation>
            <numerusform>Écrivez pourquoi vous avez besoin de cette section (au moins %n caractère) : le ou la responsable examine chaque accès d&apos;urgence.</numerusform>
            <numerusform>Écrivez pourquoi vous avez besoin de cette section (au moins %n caractères) : le ou la responsable examine chaque accès d&apos;urgence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what you found: it stays with the access.</source>
        <translation>Écrivez ce que vous avez constaté : cela reste attaché à l&apos;accès.</translation>
    </message>
    <message>
        <source>That break-glass access is not on record: choose one from the list again.</source>
        <translation>Cet accès d&apos;urgence n&apos;est pas enregistré : choisissez-en un de nouveau dans la liste.</translation>
    </message>
    <message>
        <source>This access was already reviewed.</source>
        <translation>Cet accès a déjà été examiné.</translation>
    </message>
    <message>
        <source>The number of children is between 0 and 30.</source>
        <translation>Le nombre d&apos;enfants est compris entre 0 et 30.</translation>
    </message>
    <message>
        <source>Each language is a name of at most 60 characters.</source>
        <translation>Chaque langue est un nom de 60 caractères au plus.</translation>
    </message>
    <message>
        <source>&quot;{username}&quot; is not an active caseworker.</source>
        <translation>« {username} » n&apos;est pas un référent actif.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Un dossier ne peut pas être ouvert dans le futur.</translation>
    </message>
    <message>
        <source>Say why the case is being closed.</source>
        <translation>Indiquez pourquoi le dossier est clos.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Ce dossier est déjà clos.</translation>
    </message>
    <message>
        <source>This case is open; only a closed case can be reopened.</source>
        <translation>Ce dossier est ouvert ; seul un dossier clos peut être rouvert.</translation>
    </message>
    <message>
        <source>A new meeting cannot be in the past.</source>
        <translation>Une nouvelle réunion ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>An agency is named twice.</source>
        <translation>Une structure est nommée deux fois.</translation>
    </message>
    <message>
        <source>An agency&apos;s name is at most 200 characters.</source>
        <translation>Le nom d&apos;une structure fait au plus 200 caractères.</translation>
    </message>
    <message>
        <source>There is already a meeting that day.</source>
        <translation>Il y a déjà une réunion ce jour-là.</translation>
    </message>
    <message>
        <source>This meeting&apos;s minutes are closed.</source>
        <translation>Le compte rendu de cette réunion est clos.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting&apos;s venue is at most %n character(s).</source>
        <translation>
            <numerusform>Le lieu d&apos;une réunion compte au plus %n caractère.</numerusform>
            <numerusform>Le lieu d&apos;une réunion compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the manager, who runs the meeting, or the case&apos;s own caseworker may see or record this case at a conference.</source>
        <translation>Seuls le ou la responsable, qui anime la réunion, ou la référente du dossier peuvent voir ou enregistrer ce dossier en conférence.</translation>
    </message>
    <message>
        <source>Only the manager, who runs the meeting and sees every case on it, closes its minutes.</source>
        <translation>Seul le ou la responsable, qui anime la réunion et voit tous les dossiers de son ordre du jour, clôt son compte rendu.</translation>
    </message>
    <message>
        <source>That meeting is not on record: none was chosen, or it was removed. Choose a meeting on the Conferences screen first.</source>
        <translation>Cette réunion n&apos;est pas enregistrée : aucune n&apos;a été choisie, ou elle a été supprimée. Choisissez d&apos;abord une réunion sur l&apos;écran Réunions de concertation.</translation>
    </message>
    <message>
        <source>Close the minutes of the meeting before this one first.</source>
        <translation>Clôturez d&apos;abord le compte rendu de la réunion précédente.</translation>
    </message>
    <message>
        <source>Action {i}: give the agency, the owner and what to do.</source>
        <translation>Action {i} : indiquez la structure, le responsable et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>An action cannot be due before the meeting that agrees it.</source>
        <translation>Une action ne peut pas être due avant la réunion qui la décide.</translation>
    </message>
    <message>
        <source>That action is not one this meeting reviews: choose one from its list.</source>
        <translation>Cette action ne fait pas partie de celles que cette réunion examine : choisissez-en une dans sa liste.</translation>
    </message>
    <message>
        <source>That action is not on record: it may have been removed. Choose it again from the list.</source>
        <translation>Cette action n&apos;est pas enregistrée : elle a peut-être été supprimée. Choisissez-la de nouveau dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried from the last meeting have no outcome yet: say for each whether it was done, not done or is no longer possible.</source>
        <translation>
            <numerusform>%n action reportée de la dernière réunion n&apos;a pas encore de résultat : indiquez si elle a été faite, pas faite ou n&apos;est plus possible.</numerusform>
            <numerusform>%n actions reportées de la dernière réunion n&apos;ont pas encore de résultat : indiquez pour chacune si elle a été faite, pas faite ou n&apos;est plus possible.</numerusform>
        </translation>
    </message>
    <message>
        <source>record of who was at the meeting</source>
        <translation>relevé des présences à la réunion</translation>
    </message>
    <message>
        <source>discussion of the case</source>
        <translation>discussion du dossier</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>La date d&apos;orientation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>{reference} is not waiting for a conference.</source>
        <translation>{reference} n&apos;attend pas de réunion de concertation.</translation>
    </message>
    <message>
        <source>Say why the action was not done.</source>
        <translation>Indiquez pourquoi l&apos;action n&apos;a pas été faite.</translation>
    </message>
    <message>
        <source>Say why the action is no longer possible.</source>
        <translation>Indiquez pourquoi l&apos;action n&apos;est plus possible.</translation>
    </message>
    <message numerus="yes">
        <source>One person a line, at most %n character(s) each.</source>
        <translation>
            <numerusform>Une personne par ligne, %n caractère au plus chacune.</numerusform>
            <numerusform>Une personne par ligne, %n caractères au plus chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this action; open it again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette action ; rouvrez-la.</translation>
    </message>
    <message>
        <source>Say why the case should go to the conference.</source>
        <translation>Indiquez pourquoi le dossier doit passer en réunion de concertation.</translation>
    </message>
    <message>
        <source>No consent has been recorded for this purpose.</source>
        <translation>Aucun consentement n&apos;a été enregistré pour cet usage.</translation>
    </message>
    <message>
        <source>Consent given on {when}.</source>
        <translation>Consentement donné le {when}.</translation>
    </message>
    <message>
        <source>Consent refused on {when}.</source>
        <translation>Consentement refusé le {when}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {when}.</source>
        <translation>Consentement retiré le {when}.</translation>
    </message>
    <message>
        <source>Name the agency this consent is for.</source>
        <translation>Nommez la structure concernée par ce consentement.</translation>
    </message>
    <message>
        <source>An agency is named only for sharing with an agency.</source>
        <translation>Une structure n&apos;est nommée que pour un partage avec une structure.</translation>
    </message>
    <message>
        <source>Name the guardian who decided.</source>
        <translation>Nommez le tuteur qui a décidé.</translation>
    </message>
    <message>
        <source>A decision cannot be recorded ahead of time.</source>
        <translation>Une décision ne peut pas être enregistrée à l&apos;avance.</translation>
    </message>
    <message>
        <source>A decision older than 30 days cannot be entered now.</source>
        <translation>Une décision de plus de 30 jours ne peut plus être saisie.</translation>
    </message>
    <message>
        <source>Name the agency the information would go to.</source>
        <translation>Nommez la structure à laquelle les informations seraient transmises.</translation>
    </message>
    <message>
        <source>Seed between 1 and 1,000,000 survivors.</source>
        <translation>Générez entre 1 et 1 000 000 de survivantes.</translation>
    </message>
    <message>
        <source>This vault already holds cases; demo data goes only into a new, empty vault.</source>
        <translation>Ce coffre contient déjà des dossiers ; les données de démonstration ne vont que dans un coffre neuf et vide.</translation>
    </message>
    <message>
        <source>Demo walk-ins go only into a demo vault; this one holds files opened by staff.</source>
        <translation>Les arrivées de démonstration ne vont que dans un coffre de démonstration ; celui-ci contient des dossiers ouverts par le personnel.</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name.</source>
        <translation>Indiquez le nom de la structure.</translation>
    </message>
    <message>
        <source>The name is one line.</source>
        <translation>Le nom tient sur une ligne.</translation>
    </message>
    <message>
        <source>An agency of that name is already listed.</source>
        <translation>Une structure de ce nom figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>That agency is not in the directory: it may have been removed. Choose one from the list.</source>
        <translation>Cet organisme n&apos;est pas dans l&apos;annuaire : il a peut-être été supprimé. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Someone else changed this agency; open it again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette structure ; rouvrez-la.</translation>
    </message>
    <message>
        <source>The file needs a header row with at least &apos;name&apos; and &apos;sector&apos;.</source>
        <translation>Le fichier doit avoir une ligne d&apos;en-tête avec au moins &apos;name&apos; et &apos;sector&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Ligne {line} : {message}</translation>
    </message>
    <message>
        <source>The file lists an agency twice.</source>
        <translation>Le fichier liste une structure deux fois.</translation>
    </message>
    <message>
        <source>Save the document as a .pdf file.</source>
        <translation>Enregistrez le document dans un fichier .pdf.</translation>
    </message>
    <message>
        <source>Give the months as YYYY-MM.</source>
        <translation>Indiquez les mois au format AAAA-MM.</translation>
    </message>
    <message>
        <source>The Incident Recorder is sent for months that have ended: choose {month} or an earlier month.</source>
        <translation>L’Incident Recorder est envoyé pour des mois terminés : choisissez {month} ou un mois antérieur.</translation>
    </message>
    <message>
        <source>Save it as a {suffix} file.</source>
        <translation>Enregistrez-le comme fichier {suffix}.</translation>
    </message>
    <message>
        <source>Only a manager, as the centre&apos;s data focal point, may export the Incident Recorder: its rows are incident by incident.</source>
        <translation>Seul un ou une responsable, point focal des données du centre, peut exporter l’Incident Recorder : ses lignes sont incident par incident.</translation>
    </message>
    <message>
        <source>Save the DHIS2 data value set as a .json file.</source>
        <translation>Enregistrez le jeu de valeurs DHIS2 dans un fichier .json.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A file of that name is already there; choose another name.</source>
        <translation>Un fichier de ce nom existe déjà à cet endroit ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file cannot be read.</source>
        <translation>Le fichier de correspondance DHIS2 ne peut pas être lu.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>Un mot de passe compte au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe compte au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name contains her name. Files carry the case reference and the document type only, e.g. {example}.</source>
        <translation>Le nom du fichier contient son nom. Les fichiers ne portent que la référence du dossier et le type de document, p. ex. {example}.</translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n character(s).</source>
        <translation>
            <numerusform>Un mot de passe de document a au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe de document a au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why this must be shared without her consent (at least %n character(s)).</source>
        <translation>
            <numerusform>Expliquez pourquoi ceci doit être partagé sans son consentement (au moins %n caractère).</numerusform>
            <numerusform>Expliquez pourquoi ceci doit être partagé sans son consentement (au moins %n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>{missing} Record {whose} in the consent ledger first, or ask a manager to authorise sharing without consent, with a written reason. No file was written.</source>
        <translation>{missing} Enregistrez d&apos;abord {whose} dans le registre des consentements, ou demandez à un ou une responsable d&apos;autoriser le partage sans consentement, avec un motif écrit. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A folder on the way to the file is named after her: anyone who lists the disk reads her name. Choose a folder named for no one.</source>
        <translation>Un dossier sur le chemin du fichier porte son nom : quiconque parcourt le disque lit son nom. Choisissez un dossier qui ne porte le nom de personne.</translation>
    </message>
    <message>
        <source>Documents are written in English, French, Spanish or Arabic.</source>
        <translation>Les documents sont rédigés en anglais, en français, en espagnol ou en arabe.</translation>
    </message>
    <message>
        <source>her decision</source>
        <translation>sa décision</translation>
    </message>
    <message>
        <source>Only a manager may authorise sharing without the survivor&apos;s consent. No file was written.</source>
        <translation>Seul un ou une responsable peut autoriser le partage sans le consentement de la survivante. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No referral of case {reference} was chosen, or it was removed. Choose a referral first.</source>
        <translation>Aucune orientation du dossier {reference} n&apos;a été choisie, ou elle a été supprimée. Choisissez d&apos;abord une orientation.</translation>
    </message>
    <message>
        <source>The letter needs the reason for the referral: write it in the referral first. No file was written.</source>
        <translation>La lettre a besoin du motif de l&apos;orientation : écrivez-le d&apos;abord dans l&apos;orientation. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>She has not consented to sharing her information with this agency. {why}</source>
        <translation>Elle n&apos;a pas consenti à transmettre ses informations à cet organisme. {why}</translation>
    </message>
    <message>
        <source>She has not consented to {purpose}. {why}</source>
        <translation>Elle n&apos;a pas consenti à {purpose}. {why}</translation>
    </message>
    <message>
        <source>A medico-legal report goes to the police or to court.</source>
        <translation>Un rapport médico-légal est destiné à la police ou au tribunal.</translation>
    </message>
    <message>
        <source>There is no examination to report for this incident.</source>
        <translation>Il n&apos;y a pas d&apos;examen à rapporter pour cet incident.</translation>
    </message>
    <message>
        <source>The examination you chose is not in case {reference}: choose one of its examinations first.</source>
        <translation>L&apos;examen choisi n&apos;est pas dans le dossier {reference} : choisissez d&apos;abord l&apos;un de ses examens.</translation>
    </message>
    <message>
        <source>The examination you chose is not of the incident you chose.</source>
        <translation>L&apos;examen choisi ne porte pas sur l&apos;incident choisi.</translation>
    </message>
    <message>
        <source>The incident you chose is not in case {reference}: choose one of its incidents first.</source>
        <translation>L&apos;incident choisi n&apos;est pas dans le dossier {reference} : choisissez d&apos;abord l&apos;un de ses incidents.</translation>
    </message>
    <message>
        <source>Choose at least one section for the bundle.</source>
        <translation>Choisissez au moins une section pour le recueil de pièces.</translation>
    </message>
    <message>
        <source>Counselling notes are a bundle of their own, paginated on its own: export them alone, and the other parts as the court bundle.</source>
        <translation>Les notes de suivi psychologique forment un recueil de pièces distinct, paginé à part : exportez-les seules, et les autres parties comme recueil de pièces pour le tribunal.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle has %n page(s): more than the 350 a court accepts under Practice Direction 27A unless it directs otherwise. Leave out parts, or print the medical encounters as a summary table, or export it anyway. Nothing was written.</source>
        <translation>
            <numerusform>Le recueil de pièces compte %n page : plus que les 350 qu&apos;un tribunal accepte selon la Practice Direction 27A, sauf s&apos;il en décide autrement. Retirez des parties, imprimez les consultations médicales en tableau récapitulatif, ou exportez quand même. Rien n&apos;a été écrit.</numerusform>
            <numerusform>Le recueil de pièces compte %n pages : plus que les 350 qu&apos;un tribunal accepte selon la Practice Direction 27A, sauf s&apos;il en décide autrement. Retirez des parties, imprimez les consultations médicales en tableau récapitulatif, ou exportez quand même. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counselling notes go to court only with her own consent to disclose them to a court; her consent to use her records in court does not cover them. {why} Nothing was written.</source>
        <translation>Les notes de suivi psychologique ne vont au tribunal qu&apos;avec son propre consentement à leur communication à un tribunal ; son consentement à l&apos;utilisation de son dossier au tribunal ne les couvre pas. {why} Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Write why the counselling notes are relevant to these proceedings (at least %n character(s)): it is printed at the head of their section.</source>
        <translation>
            <numerusform>Écrivez pourquoi les notes de suivi psychologique sont pertinentes pour cette procédure (au moins %n caractère) : c’est imprimé en tête de leur section.</numerusform>
            <numerusform>Écrivez pourquoi les notes de suivi psychologique sont pertinentes pour cette procédure (au moins %n caractères) : c’est imprimé en tête de leur section.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the court and the case number for the cover: the counselling notes are a bundle of their own, and the court must be able to match it to its case. Nothing was written.</source>
        <translation>Indiquez le tribunal et le numéro d&apos;affaire pour la couverture : les notes de suivi psychologique forment un recueil de pièces distinct, que le tribunal doit pouvoir rattacher à son affaire. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Statement {n} is not a PDF OneStop can read.</source>
        <translation>La déclaration {n} n&apos;est pas un PDF que OneStop sait lire.</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>le tribunal</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>le numéro de l&apos;affaire</translation>
    </message>
    <message>
        <source>the hearing date and time</source>
        <translation>la date et l&apos;heure de l&apos;audience</translation>
    </message>
    <message numerus="yes">
        <source>Decide case by case: for {cases}, choose why it is shared without her consent and say what makes it so (at least %n character(s)). No file was written.</source>
        <translation>
            <numerusform>Décidez cas par cas : pour {cases}, choisissez pourquoi le cas est transmis sans son consentement et dites ce qui le justifie (au moins %n caractère). Aucun fichier n&apos;a été écrit.</numerusform>
            <numerusform>Décidez cas par cas : pour {cases}, choisissez pourquoi le cas est transmis sans son consentement et dites ce qui le justifie (au moins %n caractères). Aucun fichier n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What is typed for %n case(s) ({cases}) contains invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere. No file was written.</source>
        <translation>
            <numerusform>Le texte saisi pour %n dossier ({cases}) contient des marques de direction invisibles (elles peuvent le faire s&apos;afficher comme autre chose). Saisissez-le à nouveau sans le copier d&apos;ailleurs. Aucun fichier n&apos;a été écrit.</numerusform>
            <numerusform>Les textes saisis pour %n dossiers ({cases}) contiennent des marques de direction invisibles (elles peuvent les faire s&apos;afficher comme autre chose). Saisissez-les à nouveau sans les copier d&apos;ailleurs. Aucun fichier n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether she has been told is said for each case shared without her consent, not once for all. No file was written.</source>
        <translation>Le fait qu&apos;elle ait été informée se dit pour chaque cas transmis sans son consentement, et non une fois pour tous. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Say for each case shared without her consent whether she has been told of it: {cases}. No file was written.</source>
        <translation>Dites pour chaque cas transmis sans son consentement si elle en a été informée : {cases}. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>For {case}: {problem} No file was written.</source>
        <translation>Pour {case} : {problem} Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Name the agencies attending this meeting first: the pack is checked against each survivor&apos;s consent to share with them.</source>
        <translation>Nommez d&apos;abord les structures présentes à cette réunion : le dossier est vérifié au regard du consentement de chaque survivante au partage avec elles.</translation>
    </message>
    <message>
        <source>No case is on the agenda of this meeting: there is no pack.</source>
        <translation>Aucun dossier n&apos;est à l&apos;ordre du jour de cette réunion : il n&apos;y a pas de dossier de réunion.</translation>
    </message>
    <message>
        <source>No case of yours is on the agenda of this meeting: the manager, who runs the meeting, prints its whole pack.</source>
        <translation>Aucun de vos dossiers n&apos;est à l&apos;ordre du jour de cette réunion : le ou la responsable, qui anime la réunion, imprime le dossier de séance complet.</translation>
    </message>
    <message>
        <source>Not every survivor consented to sharing with the agencies: {cases}.</source>
        <translation>Toutes les survivantes n&apos;ont pas consenti au partage avec les structures : {cases}.</translation>
    </message>
    <message>
        <source>each one&apos;s decision</source>
        <translation>la décision de chacune</translation>
    </message>
    <message>
        <source>This case has no safety plan yet: write it on the Risk and safety tab first.</source>
        <translation>Ce dossier n&apos;a pas encore de plan de sécurité : rédigez-le d&apos;abord dans l&apos;onglet Risque et sécurité.</translation>
    </message>
    <message>
        <source>A file named {name} is already there; choose another name.</source>
        <translation>Un fichier nommé {name} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No meeting is planned: plan the next one on the Conferences screen.</source>
        <translation>Aucune réunion n&apos;est planifiée : planifiez la prochaine dans l&apos;écran Réunions de concertation.</translation>
    </message>
    <message>
        <source>sharing this information with the police</source>
        <translation>partager ces informations avec la police</translation>
    </message>
    <message>
        <source>the use of this information in court</source>
        <translation>utiliser ces informations au tribunal</translation>
    </message>
    <message>
        <source>sharing this information with the agency</source>
        <translation>partager ces informations avec l&apos;organisme</translation>
    </message>
    <message>
        <source>Choose an incident of this case.</source>
        <translation>Choisissez un incident de ce dossier.</translation>
    </message>
    <message>
        <source>Choose the examiner from the centre&apos;s clinical staff.</source>
        <translation>Choisissez l&apos;examinateur parmi le personnel clinique du centre.</translation>
    </message>
    <message>
        <source>Name the examiner: choose the examiner from the centre&apos;s staff, or type the name of an examiner who is not on its staff.</source>
        <translation>Indiquez qui a procédé à l&apos;examen : choisissez cette personne parmi le personnel du centre, ou saisissez le nom d&apos;une personne qui n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>{name} is on the centre&apos;s staff: choose {name} from the staff as the examiner instead of typing the name.</source>
        <translation>{name} fait partie du personnel du centre : choisissez {name} parmi le personnel pour l&apos;examen au lieu de saisir le nom.</translation>
    </message>
    <message>
        <source>The forensic examination you chose is not in case {reference}: choose one of its examinations first.</source>
        <translation>L&apos;examen médico-légal choisi n&apos;est pas dans le dossier {reference} : choisissez d&apos;abord l&apos;un de ses examens.</translation>
    </message>
    <message>
        <source>Every specimen needs its seal number.</source>
        <translation>Chaque prélèvement doit avoir son numéro de scellé.</translation>
    </message>
    <message>
        <source>This seal number is already recorded.</source>
        <translation>Ce numéro de scellé est déjà enregistré.</translation>
    </message>
    <message>
        <source>Name who collected the specimen.</source>
        <translation>Nommez la personne qui a fait le prélèvement.</translation>
    </message>
    <message>
        <source>A specimen cannot be collected in the future.</source>
        <translation>Un prélèvement ne peut pas être fait dans le futur.</translation>
    </message>
    <message>
        <source>A specimen cannot be collected before the examination.</source>
        <translation>Un prélèvement ne peut pas être fait avant l&apos;examen.</translation>
    </message>
    <message>
        <source>This change would break the recorded chain of custody at hand-over {n}: {reason}</source>
        <translation>Cette modification romprait la chaîne de possession enregistrée à la remise {n} : {reason}</translation>
    </message>
    <message>
        <source>No consent to forensic evidence collection was in force when this specimen was collected. Record her decision in the consent ledger first; nothing was saved.</source>
        <translation>Aucun consentement aux prélèvements médico-légaux n&apos;était en vigueur lors de ce prélèvement. Enregistrez d&apos;abord sa décision dans le registre des consentements ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The specimen you chose is not in case {reference}: choose one of its specimens first.</source>
        <translation>Le prélèvement choisi n&apos;est pas dans le dossier {reference} : choisissez d&apos;abord l&apos;un de ses prélèvements.</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lésion</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{label} {n}, {column}: {message}</source>
        <translation>{label} {n}, {column} : {message}</translation>
    </message>
    <message>
        <source>The health encounter you chose is not in case {reference}: choose one of its encounters first.</source>
        <translation>La consultation de santé choisie n&apos;est pas dans le dossier {reference} : choisissez d&apos;abord l&apos;une de ses consultations.</translation>
    </message>
    <message>
        <source>This encounter is marked as entered in error: clear the mark before correcting it.</source>
        <translation>Cette consultation est marquée comme saisie par erreur : retirez la marque avant de la corriger.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the encounter.</source>
        <translation>Indiquez pourquoi : le motif est conservé avec la consultation.</translation>
    </message>
    <message>
        <source>This encounter is already marked so.</source>
        <translation>Cette consultation est déjà marquée ainsi.</translation>
    </message>
    <message>
        <source>This encounter is not marked as entered in error.</source>
        <translation>Cette consultation n&apos;est pas marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>Give the end of the time range, after its start.</source>
        <translation>Indiquez la fin de la période, après son début.</translation>
    </message>
    <message>
        <source>The number of perpetrators is between 1 and 50.</source>
        <translation>Le nombre d&apos;auteurs est compris entre 1 et 50.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the incident.</source>
        <translation>Indiquez pourquoi : le motif est conservé avec l&apos;incident.</translation>
    </message>
    <message>
        <source>This incident is already marked so.</source>
        <translation>Cet incident est déjà marqué ainsi.</translation>
    </message>
    <message>
        <source>This incident is not marked as entered in error.</source>
        <translation>Cet incident n&apos;est pas marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation>Nommez le tribunal.</translation>
    </message>
    <message>
        <source>Say what the hearing is for.</source>
        <translation>Indiquez l&apos;objet de l&apos;audience.</translation>
    </message>
    <message>
        <source>A hearing that has not happened yet has no outcome.</source>
        <translation>Une audience qui n&apos;a pas encore eu lieu n&apos;a pas d&apos;issue.</translation>
    </message>
    <message>
        <source>Say what kind of order it is.</source>
        <translation>Indiquez de quel type d&apos;ordonnance il s&apos;agit.</translation>
    </message>
    <message>
        <source>An order cannot be issued in the future.</source>
        <translation>Une ordonnance ne peut pas être délivrée dans le futur.</translation>
    </message>
    <message>
        <source>An order cannot expire before it was issued.</source>
        <translation>Une ordonnance ne peut pas expirer avant d&apos;avoir été délivrée.</translation>
    </message>
    <message>
        <source>This order has expired; it cannot be entered as active.</source>
        <translation>Cette ordonnance a expiré ; elle ne peut pas être saisie comme en vigueur.</translation>
    </message>
    <message>
        <source>Only an account that is an active administrator in the backup may restore it (the restored vault would not let you in otherwise).</source>
        <translation>Seul un compte administrateur actif dans la sauvegarde peut la restaurer (sinon, le coffre restauré ne vous laisserait pas entrer).</translation>
    </message>
    <message>
        <source>On the centre&apos;s server, backups are made and restored with the command line (onestop-cli admin backup or admin restore with --server), not from a workstation. Nothing was changed.</source>
        <translation>Sur le serveur du centre, les sauvegardes sont faites et restaurées en ligne de commande (onestop-cli admin backup ou admin restore avec --server), pas depuis un poste de travail. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another.</source>
        <translation>Un fichier de ce nom existe déjà ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Say in a few words (at most 200 characters) why the finding is acknowledged.</source>
        <translation>Dites en quelques mots (200 caractères au plus) pourquoi le constat est pris en compte.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not a tamper finding.</source>
        <translation>L&apos;entrée d&apos;audit {seq} n&apos;est pas un constat de falsification.</translation>
    </message>
    <message>
        <source>Choose your own password first.</source>
        <translation>Choisissez d&apos;abord votre propre mot de passe.</translation>
    </message>
    <message>
        <source>This backup belongs to another vault; it cannot be restored into this one.</source>
        <translation>Cette sauvegarde appartient à un autre coffre ; elle ne peut pas être restaurée dans celui-ci.</translation>
    </message>
    <message>
        <source>This backup was made under an earlier vault key and your password of that time does not open it. Restore it with the account that made it.</source>
        <translation>Cette sauvegarde a été faite avec une ancienne clé du coffre et votre mot de passe de l&apos;époque ne l&apos;ouvre pas. Restaurez-la avec le compte qui l&apos;a faite.</translation>
    </message>
    <message>
        <source>Give a name (or what she calls him, such as &apos;the landlord&apos;).</source>
        <translation>Indiquez un nom (ou la façon dont elle le désigne, comme « le propriétaire »).</translation>
    </message>
    <message>
        <source>Give his date of birth or his age group, not both: with a date of birth his age group is worked out at each incident.</source>
        <translation>Indiquez sa date de naissance ou sa tranche d&apos;âge, pas les deux : avec une date de naissance, sa tranche d&apos;âge est calculée à chaque incident.</translation>
    </message>
    <message>
        <source>That perpetrator is not on record: choose him again from the list.</source>
        <translation>Cet auteur n&apos;est pas enregistré : choisissez-le de nouveau dans la liste.</translation>
    </message>
    <message>
        <source>The perpetrator you chose is not linked to case {reference}: choose him again from the list.</source>
        <translation>L&apos;auteur choisi n&apos;est pas lié au dossier {reference} : choisissez-le de nouveau dans la liste.</translation>
    </message>
    <message>
        <source>He is already linked to this incident.</source>
        <translation>Il est déjà lié à cet incident.</translation>
    </message>
    <message>
        <source>There is no case &quot;{reference}&quot;.</source>
        <translation>Il n&apos;y a pas de dossier « {reference} ».</translation>
    </message>
    <message>
        <source>Someone else saved this {what} while you were editing it. Nothing was saved: open it again to see their changes, then make yours.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet élément ({what}) pendant votre modification. Rien n&apos;a été enregistré : rouvrez-le pour voir ses changements, puis faites les vôtres.</translation>
    </message>
    <message>
        <source>No {label} of case {reference} was chosen, or it was removed. Choose it again from the list.</source>
        <translation>Aucun élément « {label} » du dossier {reference} n&apos;a été choisi, ou il a été supprimé. Choisissez-le de nouveau dans la liste.</translation>
    </message>
    <message>
        <source>Name the agency.</source>
        <translation>Nommez la structure.</translation>
    </message>
    <message>
        <source>Say which service she is referred for.</source>
        <translation>Indiquez pour quel service elle est orientée.</translation>
    </message>
    <message>
        <source>That agency is not in the directory (or no longer active).</source>
        <translation>Cette structure n&apos;est pas dans l&apos;annuaire (ou n&apos;est plus active).</translation>
    </message>
    <message>
        <source>The directory calls this agency &quot;{name}&quot;.</source>
        <translation>L&apos;annuaire appelle cette structure « {name} ».</translation>
    </message>
    <message>
        <source>A contact and a reference come with the agency&apos;s answer.</source>
        <translation>Un contact et une référence accompagnent la réponse de l&apos;organisme.</translation>
    </message>
    <message>
        <source>This cannot be recorded before it has happened.</source>
        <translation>Ceci ne peut pas être enregistré avant d&apos;avoir eu lieu.</translation>
    </message>
    <message>
        <source>This referral&apos;s status is {status}; it cannot change any more.</source>
        <translation>Le statut de cette orientation est {status} ; il ne peut plus changer.</translation>
    </message>
    <message>
        <source>This referral&apos;s status is {status}; it can now become: {allowed}.</source>
        <translation>Le statut de cette orientation est {status} ; il peut maintenant devenir : {allowed}.</translation>
    </message>
    <message>
        <source>This is before the case was opened.</source>
        <translation>C&apos;est antérieur à l&apos;ouverture du dossier.</translation>
    </message>
    <message>
        <source>Give the reason for the referral: the agency&apos;s letter states it.</source>
        <translation>Indiquez le motif de l&apos;orientation : la lettre à l&apos;organisme le mentionne.</translation>
    </message>
    <message>
        <source>She has not consented to sharing her information with {agency}. Record her decision in the consent ledger first; the referral was not sent.</source>
        <translation>Elle n&apos;a pas consenti au partage de ses informations avec {agency}. Enregistrez d&apos;abord sa décision dans le registre des consentements ; l&apos;orientation n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Only a manager may purge a case.</source>
        <translation>Seul un ou une responsable peut purger un dossier.</translation>
    </message>
    <message>
        <source>Type the case reference again to confirm the purge.</source>
        <translation>Saisissez à nouveau la référence du dossier pour confirmer la purge.</translation>
    </message>
    <message>
        <source>Only a closed case can be purged.</source>
        <translation>Seul un dossier clos peut être purgé.</translation>
    </message>
    <message>
        <source>This case is still within its retention period; it cannot be purged yet.</source>
        <translation>Ce dossier est encore dans sa durée de conservation ; il ne peut pas encore être purgé.</translation>
    </message>
    <message>
        <source>The default risk checklist {DEFAULT_INSTRUMENT} is missing.</source>
        <translation>La grille d&apos;évaluation du risque par défaut {DEFAULT_INSTRUMENT} est absente.</translation>
    </message>
    <message>
        <source>OneStop does not know that risk checklist.</source>
        <translation>OneStop ne connaît pas cette grille d&apos;évaluation des risques.</translation>
    </message>
    <message>
        <source>A safety plan needs at least one part filled in.</source>
        <translation>Un plan de sécurité doit avoir au moins une partie remplie.</translation>
    </message>
    <message>
        <source>The code word is one line.</source>
        <translation>Le mot de code tient sur une ligne.</translation>
    </message>
    <message>
        <source>This case has a safety plan: edit it (its history is kept).</source>
        <translation>Ce dossier a un plan de sécurité : modifiez-le (son historique est conservé).</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Vous êtes déconnecté(e). Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation>Vous vous êtes connecté(e) avec un mot de passe à usage unique : choisissez d&apos;abord votre propre mot de passe.</translation>
    </message>
    <message>
        <source>A recovery-key session cannot be unlocked; sign in again.</source>
        <translation>Une session ouverte avec la clé de secours ne peut pas être déverrouillée ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Le mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation>Indiquez le nom du centre tel qu&apos;il doit figurer sur les documents.</translation>
    </message>
    <message>
        <source>One line of at most 200 characters.</source>
        <translation>Une ligne de 200 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Africa/Nairobi.</source>
        <translation>Choisissez un fuseau horaire dans la liste, p. ex. Africa/Nairobi.</translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n minute(s).</source>
        <translation>
            <numerusform>Entre {low} et %n minute.</numerusform>
            <numerusform>Entre {low} et %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n day(s).</source>
        <translation>
            <numerusform>Entre {low} et %n jour.</numerusform>
            <numerusform>Entre {low} et %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} (no limit) and %n day(s).</source>
        <translation>
            <numerusform>Entre {low} (sans limite) et %n jour.</numerusform>
            <numerusform>Entre {low} (sans limite) et %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most 7 lines and 500 characters.</source>
        <translation>Au plus 7 lignes et 500 caractères.</translation>
    </message>
    <message>
        <source>An admission cannot be in the future.</source>
        <translation>Une admission ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Give the room.</source>
        <translation>Indiquez la chambre.</translation>
    </message>
    <message>
        <source>The number of children is between 0 and 15.</source>
        <translation>Le nombre d&apos;enfants est compris entre 0 et 15.</translation>
    </message>
    <message>
        <source>The planned exit is before the admission.</source>
        <translation>Le départ prévu est antérieur à l&apos;admission.</translation>
    </message>
    <message>
        <source>The exit is before the admission.</source>
        <translation>Le départ est antérieur à l&apos;admission.</translation>
    </message>
    <message>
        <source>An exit that has not happened cannot be recorded yet.</source>
        <translation>Un départ qui n&apos;a pas eu lieu ne peut pas encore être enregistré.</translation>
    </message>
    <message>
        <source>Say where she went (or &apos;not known&apos;).</source>
        <translation>Indiquez où elle est allée (ou « inconnu »).</translation>
    </message>
    <message>
        <source>Give the room a name of at most 50 characters.</source>
        <translation>Donnez à la chambre un nom de 50 caractères au plus.</translation>
    </message>
    <message>
        <source>A room needs at least one bed.</source>
        <translation>Une chambre doit avoir au moins un lit.</translation>
    </message>
    <message>
        <source>Each bed has its own label of at most 50 characters.</source>
        <translation>Chaque lit a sa propre étiquette de 50 caractères au plus.</translation>
    </message>
    <message>
        <source>There is already a room of that name.</source>
        <translation>Il y a déjà une chambre de ce nom.</translation>
    </message>
    <message>
        <source>Give each new bed its own label of at most 50 characters.</source>
        <translation>Donnez à chaque nouveau lit sa propre étiquette de 50 caractères au plus.</translation>
    </message>
    <message>
        <source>That room is not on record: it may have been removed. Choose a room from the list.</source>
        <translation>Cette chambre n&apos;est pas enregistrée : elle a peut-être été supprimée. Choisissez une chambre dans la liste.</translation>
    </message>
    <message>
        <source>That bed is not on record: it may have been removed. Choose a bed from the list.</source>
        <translation>Ce lit n&apos;est pas enregistré : il a peut-être été supprimé. Choisissez un lit dans la liste.</translation>
    </message>
    <message>
        <source>That waiting-list entry is not on record: it may have been removed. Choose one from the list.</source>
        <translation>Cette inscription sur la liste d&apos;attente n&apos;est pas enregistrée : elle a peut-être été supprimée. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>{room} already has a bed {beds}.</source>
        <translation>{room} a déjà un lit {beds}.</translation>
    </message>
    <message>
        <source>Someone is in this bed: move her first.</source>
        <translation>Quelqu&apos;un occupe ce lit : déplacez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>This bed is taken: choose a free one.</source>
        <translation>Ce lit est occupé : choisissez-en un libre.</translation>
    </message>
    <message>
        <source>She is already staying in the shelter: move her instead.</source>
        <translation>Elle est déjà hébergée : changez-la plutôt de lit.</translation>
    </message>
    <message>
        <source>This stay has ended.</source>
        <translation>Ce séjour est terminé.</translation>
    </message>
    <message>
        <source>This stay has already ended.</source>
        <translation>Ce séjour est déjà terminé.</translation>
    </message>
    <message>
        <source>She is already on the waiting list.</source>
        <translation>Elle est déjà sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Say why she leaves the list (one line).</source>
        <translation>Indiquez pourquoi elle quitte la liste (une ligne).</translation>
    </message>
    <message>
        <source>Statistics are released for a whole calendar month, quarter or year only, so that one release cannot be subtracted from another to give the counts of a few days.</source>
        <translation>Les statistiques ne sont publiées que pour un mois, un trimestre ou une année civile entiers, afin qu&apos;une publication ne puisse pas être soustraite d&apos;une autre pour donner les effectifs de quelques jours.</translation>
    </message>
    <message>
        <source>Not a period: {text}. Write a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>Ce n&apos;est pas une période : {text}. Écrivez un mois (2026-11), un trimestre (2026-Q4) ou une année (2026).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The period has not ended yet: statistics are released once it is over, so that a later release of it cannot be subtracted from this one.</source>
        <translation>La période n&apos;est pas encore terminée : les statistiques sont publiées une fois celle-ci achevée, afin qu&apos;une publication ultérieure ne puisse pas être soustraite de celle-ci.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
    <message>
        <source>&quot;{assignee}&quot; is not an active member of staff.</source>
        <translation>« {assignee} » n&apos;est pas un membre actif du personnel.</translation>
    </message>
    <message>
        <source>This record is sealed with a key you were not given yet: a colleague confirms your account first. Nothing was saved.</source>
        <translation>Ce dossier est scellé avec une clé qui ne vous a pas encore été donnée : une collègue doit d’abord confirmer votre compte. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Your account waits for a colleague who already reads {section} records to confirm it (onestop-cli admin confirm-user). Until then these records stay closed to you.</source>
        <translation>Votre compte attend qu&apos;un ou une collègue qui lit déjà les dossiers {section} le confirme (onestop-cli admin confirm-user). D&apos;ici là, ces dossiers vous restent fermés.</translation>
    </message>
    <message>
        <source>There is no account named &quot;{username}&quot;.</source>
        <translation>Il n&apos;y a pas de compte nommé « {username} ».</translation>
    </message>
    <message>
        <source>{username} has not chosen their own password yet: confirm the account after its first sign-in.</source>
        <translation>{username} n&apos;a pas encore choisi son propre mot de passe : confirmez le compte après sa première connexion.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the account&apos;s key: nothing was granted. Check it with your colleague in person.</source>
        <translation>L&apos;empreinte ne correspond pas à la clé du compte : rien n&apos;a été accordé. Vérifiez-la en personne avec votre collègue.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is not as an admin created it: nothing was granted. Ask the admin to run the checks (verify).</source>
        <translation>Le compte de {username} n&apos;est pas tel qu&apos;un administrateur l&apos;a créé : rien n&apos;a été accordé. Demandez à l&apos;administrateur de lancer les vérifications (verify).</translation>
    </message>
    <message>
        <source>{username}&apos;s role does not read the records you hold keys for.</source>
        <translation>Le rôle de {username} ne lit pas les dossiers dont vous détenez les clés.</translation>
    </message>
    <message>
        <source>A sealed record could not be opened with your keys: it was moved, altered, or sealed with a key you were not given.</source>
        <translation>Un dossier scellé n&apos;a pas pu être ouvert avec vos clés : il a été déplacé, modifié, ou scellé avec une clé qui ne vous a pas été donnée.</translation>
    </message>
    <message>
        <source>The user name &quot;{name}&quot; is already taken.</source>
        <translation>Le nom d&apos;utilisateur « {name} » est déjà pris.</translation>
    </message>
    <message numerus="yes">
        <source>One line of at most %n character(s).</source>
        <translation>
            <numerusform>Une ligne d’au plus %n caractère.</numerusform>
            <numerusform>Une ligne d’au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is already disabled.</source>
        <translation>Le compte « {username} » est déjà désactivé.</translation>
    </message>
    <message>
        <source>The last active admin account cannot be disabled.</source>
        <translation>Le dernier compte administrateur actif ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is already active.</source>
        <translation>Le compte « {username} » est déjà actif.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is disabled; re-enable it instead.</source>
        <translation>Le compte « {username} » est désactivé ; réactivez-le plutôt.</translation>
    </message>
    <message>
        <source>The recovery key has no password to change.</source>
        <translation>La clé de secours n&apos;a pas de mot de passe à changer.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choisissez un mot de passe différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>Saisissez le nom de la personne tel que ses collègues le connaissent.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n character(s).</source>
        <translation>
            <numerusform>Un nom fait au plus %n caractère.</numerusform>
            <numerusform>Un nom fait au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n character(s).</source>
        <translation>
            <numerusform>Un motif peut compter au plus %n caractère.</numerusform>
            <numerusform>Un motif peut compter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason cannot contain control characters.</source>
        <translation>Un motif ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A reason cannot contain invisible characters (direction marks, zero-width spaces): they can make it display as something else. Type it again without copying it from elsewhere.</source>
        <translation>Un motif ne peut pas contenir de caractères invisibles (marques de direction, espaces de largeur nulle) : ils peuvent le faire afficher autrement. Retapez-le sans le copier d&apos;ailleurs.</translation>
    </message>
    <message>
        <source>A reason cannot contain characters that are not valid text.</source>
        <translation>Un motif ne peut pas contenir de caractères qui ne sont pas du texte valide.</translation>
    </message>
    <message numerus="yes">
        <source>At most {limit:,} character(s).</source>
        <translation>
            <numerusform>{limit:,} caractère au plus.</numerusform>
            <numerusform>{limit:,} caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup&apos;s description (its vault, date and contents) was altered or does not match its files, so it cannot be trusted. Nothing was restored.</source>
        <translation>La description de cette sauvegarde (son coffre, sa date et son contenu) a été modifiée ou ne correspond pas à ses fichiers ; on ne peut donc pas s’y fier. Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>This file is not a OneStop backup: it holds parts larger or other than a backup&apos;s. Nothing was unpacked.</source>
        <translation>Ce fichier n’est pas une sauvegarde OneStop : il contient des parties plus grandes qu’une sauvegarde ou d’une autre nature. Rien n’a été décompressé.</translation>
    </message>
    <message>
        <source>This file is not a OneStop backup, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde OneStop, ou il est endommagé.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to unpack this backup ({mb} MB needed). Nothing was written.</source>
        <translation>Il n’y a pas assez d’espace libre sur le disque pour décompresser cette sauvegarde ({mb} Mo nécessaires). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The backup file was not found.</source>
        <translation>Le fichier de sauvegarde est introuvable.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of your key slot is damaged or was edited, so you cannot sign in. Ask the administrator.</source>
        <translation>La copie de votre emplacement de clé sur le serveur est endommagée ou a été modifiée : vous ne pouvez pas vous connecter. Adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The server already has a database login for that user name (from another database on the same server). Choose another user name, or ask IT.</source>
        <translation>Le serveur a déjà un compte de base de données pour ce nom d&apos;utilisateur (d&apos;une autre base sur le même serveur). Choisissez un autre nom d&apos;utilisateur, ou demandez à l&apos;informatique.</translation>
    </message>
    <message>
        <source>An attachment file is missing from the vault.</source>
        <translation>Un fichier de pièce jointe manque dans le coffre.</translation>
    </message>
    <message>
        <source>An attachment file in the vault is damaged.</source>
        <translation>Un fichier de pièce jointe du coffre est endommagé.</translation>
    </message>
    <message>
        <source>An attachment file in the vault is damaged or was altered.</source>
        <translation>Un fichier de pièce jointe du coffre est endommagé ou a été modifié.</translation>
    </message>
    <message>
        <source>An attachment file does not match its recorded SHA-256.</source>
        <translation>Un fichier de pièce jointe ne correspond pas à son SHA-256 enregistré.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s database is damaged and could not be read. Nothing was changed. Restore the vault from its most recent backup.</source>
        <translation>Une partie de la base de données du coffre est endommagée et n&apos;a pas pu être lue. Rien n&apos;a été modifié. Restaurez le coffre depuis sa sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is missing. Nothing was created in its place. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>Le fichier de base de données du coffre (vault.db) est absent. Rien n’a été créé à sa place. Restaurez le coffre à partir de sa sauvegarde la plus récente (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved and nothing was changed. Free some space (or ask IT to), then try again.</source>
        <translation>Le disque est plein : rien n’a pu être enregistré et rien n’a été modifié. Libérez de l’espace (ou demandez à l’informatique de le faire), puis réessayez.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to (it is read-only, or belongs to another user), so nothing was changed. Ask IT to check the folder&apos;s permissions.</source>
        <translation>Le dossier du coffre ne peut pas être modifié (il est en lecture seule ou appartient à un autre utilisateur) : rien n’a été changé. Demandez à l’informatique de vérifier les droits du dossier.</translation>
    </message>
    <message>
        <source>The vault could not be opened for writing (journal mode).</source>
        <translation>Le coffre n&apos;a pas pu être ouvert en écriture (mode journal).</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened: the file is damaged or does not belong to this vault. Restore it from a backup.</source>
        <translation>La base de données du coffre n&apos;a pas pu être ouverte : le fichier est endommagé ou n&apos;appartient pas à ce coffre. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is busy with another task. Try again in a moment.</source>
        <translation>Le coffre est occupé par une autre tâche. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A recovery key is six groups of five letters and digits, like ABCDE-12345-…</source>
        <translation>Une clé de secours se compose de six groupes de cinq lettres et chiffres, comme ABCDE-12345-…</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) is damaged or was edited, so no one can sign in. Restore the vault from a backup.</source>
        <translation>Le fichier de clés du coffre (keyslots.json) est endommagé ou a été modifié : personne ne peut se connecter. Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) is missing. Restore the vault from a backup.</source>
        <translation>Le fichier de clés du coffre (keyslots.json) est absent. Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) was altered and cannot be trusted. Restore the vault from a backup.</source>
        <translation>Le fichier de clés du coffre (keyslots.json) a été modifié et n&apos;est plus fiable. Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json was altered; the key was not changed. Restore the vault from a backup.</source>
        <translation>Un emplacement de clé de keyslots.json a été modifié ; la clé n&apos;a pas été changée. Restaurez le coffre depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>This vault is already open in another OneStop window or command{who}. Close it there first, then try again.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre ou commande OneStop{who}. Fermez-le là d&apos;abord, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>forensic samples</source>
        <translation>prélèvements médico-légaux</translation>
    </message>
    <message>
        <source>Due: {what}</source>
        <translation>À faire : {what}</translation>
    </message>
    <message numerus="yes">
        <source>{room} / {bed} · %n child(ren)</source>
        <translation>
            <numerusform>{room} / {bed} · %n enfant</numerusform>
            <numerusform>{room} / {bed} · %n enfants</numerusform>
        </translation>
    </message>
    <message>
        <source>{agency}: no answer since {date}</source>
        <translation>{agency} : pas de réponse depuis le {date}</translation>
    </message>
    <message>
        <source>Tell her that her file was shared without her consent on {date}: {who} will tell her.</source>
        <translation>Lui dire que son dossier a été partagé sans son consentement le {date} : {who} le lui dira.</translation>
    </message>
    <message>
        <source>Her details changed after the check for existing files: check again.</source>
        <translation>Ses informations ont changé après la recherche des dossiers existants : cherchez à nouveau.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal (vault.db-wal) is damaged: changes already saved would be lost if the vault were opened. Nothing was changed. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>Le journal du coffre (vault.db-wal) est endommagé : des modifications déjà enregistrées seraient perdues si le coffre était ouvert. Rien n’a été changé. Restaurez le coffre à partir de sa sauvegarde la plus récente (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>The vault&apos;s journal (vault.db-wal) was removed while its index remained: the latest saved changes are missing. Nothing was changed. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>Le journal du coffre (vault.db-wal) a été supprimé alors que son index est resté : les dernières modifications enregistrées manquent. Rien n’a été changé. Restaurez le coffre à partir de sa sauvegarde la plus récente (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>This is not a mapping saved by OneStop.</source>
        <translation>Ce n&apos;est pas une correspondance enregistrée par OneStop.</translation>
    </message>
    <message>
        <source>Each field can be given by one column only.</source>
        <translation>Chaque champ ne peut venir que d&apos;une seule colonne.</translation>
    </message>
    <message>
        <source>Map a column to the name, the alias or the register id.</source>
        <translation>Associez une colonne au nom, à l&apos;alias ou à l&apos;identifiant du registre.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV: a cell on row {line} is far too long or badly quoted.</source>
        <translation>Ce fichier ne peut pas être lu comme CSV : une cellule de la ligne {line} est bien trop longue ou ses guillemets sont mal fermés.</translation>
    </message>
    <message>
        <source>This workbook cannot be read: it is damaged or not an .xlsx file.</source>
        <translation>Ce classeur ne peut pas être lu : il est endommagé ou ce n&apos;est pas un fichier .xlsx.</translation>
    </message>
    <message>
        <source>Not one of the options: {value}.</source>
        <translation>Ne fait pas partie des options : {value}.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %n column(s) the file does not have.</source>
        <translation>
            <numerusform>La correspondance nomme %n colonne absente du fichier.</numerusform>
            <numerusform>La correspondance nomme %n colonnes absentes du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not text: it cannot be a register. Save the register as CSV (UTF-8) or .xlsx.</source>
        <translation>Ce fichier n&apos;est pas du texte : ce ne peut pas être un registre. Enregistrez le registre en CSV (UTF-8) ou en .xlsx.</translation>
    </message>
    <message>
        <source>This file mixes encodings (some rows UTF-8, others not), so some names would come in garbled: save it again as CSV UTF-8.</source>
        <translation>Ce fichier mélange des encodages (certaines lignes en UTF-8, d&apos;autres non), certains noms arriveraient donc déformés : enregistrez-le de nouveau en CSV UTF-8.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>Give the type of the incident.</source>
        <translation>Indiquez le type de l&apos;incident.</translation>
    </message>
    <message>
        <source>This holds an invisible character garbled by the wrong encoding: save the file again as CSV UTF-8.</source>
        <translation>Ceci contient un caractère invisible déformé par un mauvais encodage : enregistrez de nouveau le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Not a whole number: {value}.</source>
        <translation>Pas un nombre entier : {value}.</translation>
    </message>
    <message>
        <source>Only a caseworker or a manager may check a register to import.</source>
        <translation>Seuls les référents et les responsables peuvent vérifier un registre à importer.</translation>
    </message>
    <message>
        <source>Only a caseworker may import a register; a manager may check it first.</source>
        <translation>Seuls les référents importent un registre ; les responsables peuvent le vérifier avant.</translation>
    </message>
    <message>
        <source>Rows would be refused: correct the file and check it again.</source>
        <translation>Des lignes seraient refusées : corrigez le fichier et vérifiez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Decide for each possible duplicate: %n left.</source>
        <translation>
            <numerusform>Décidez pour chaque doublon possible : il en reste %n.</numerusform>
            <numerusform>Décidez pour chaque doublon possible : il en reste %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed since it was checked: check it again.</source>
        <translation>Le fichier a changé depuis la vérification : vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Type the date, e.g. 2026-12-02.</source>
        <translation>Saisissez la date, p. ex. 2026-12-02.</translation>
    </message>
    <message>
        <source>Type the time, e.g. 15:00.</source>
        <translation>Saisissez l’heure, p. ex. 15:00.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file is not JSON (line {line}: {reason}).</source>
        <translation>Le fichier de correspondance DHIS2 n&apos;est pas du JSON (ligne {line} : {reason}).</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at {place}: {reason}</source>
        <translation>Le fichier de correspondance DHIS2, à {place} : {reason}</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: OneStop has no count {indicator} / {row}. Indicators: {known}.</source>
        <translation>Le fichier de correspondance DHIS2, à dataValues[{n}] : OneStop n&apos;a pas d&apos;effectif {indicator} / {row}. Indicateurs : {known}.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: say which column of {indicator} (one of {columns}).</source>
        <translation>Le fichier de correspondance DHIS2, à dataValues[{n}] : indiquez quelle colonne de {indicator} (parmi {columns}).</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: {element} / {combo} is mapped twice.</source>
        <translation>Le fichier de correspondance DHIS2, à dataValues[{n}] : {element} / {combo} est associé deux fois.</translation>
    </message>
    <message>
        <source>Statistics for {period} cannot be released: a count in them is 1 to 4, and the other counts printed with it would let a reader work out exactly what it is, whatever else is hidden. Nothing was released.</source>
        <translation>Les statistiques de {period} ne peuvent pas être publiées : un effectif y est compris entre 1 et 4, et les autres effectifs imprimés avec lui permettraient à un lecteur d’en déduire la valeur exacte, quoi que l’on masque d’autre. Rien n’a été publié.</translation>
    </message>
    <message>
        <source>Statistics for {period} cannot be released: a count in them is 1 to 4, and with the statistics released before for {periods}, printing it as &lt;5 would let a reader work out exactly what it is, whatever else is hidden. Nothing was released; the statistics released before stand.</source>
        <translation>Les statistiques de {period} ne peuvent pas être publiées : un effectif y est compris entre 1 et 4 et, avec les statistiques publiées auparavant pour {periods}, l’imprimer comme &lt;5 permettrait à un lecteur d’en déduire la valeur exacte, quoi que l’on masque d’autre. Rien n’a été publié ; les statistiques publiées auparavant font foi.</translation>
    </message>
    <message>
        <source>Statistics for {period} were released on {date}, and the figures have changed since (a record added or changed, or a consent withdrawn). Releasing them again would let the two releases be subtracted to reveal the change, so the first release stands: give the partner that one.</source>
        <translation>Les statistiques de {period} ont été publiées le {date} et les chiffres ont changé depuis (un enregistrement ajouté ou modifié, ou un consentement retiré). Les publier à nouveau permettrait de soustraire les deux publications pour révéler le changement : la première publication fait foi, remettez celle-là au partenaire.</translation>
    </message>
    <message>
        <source>Type the fingerprint your colleague reads to you from their own screen.</source>
        <translation>Saisissez l&apos;empreinte que votre collègue vous lit sur son propre écran.</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a PostgreSQL URL with the centre&apos;s CA certificate (postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).</source>
        <translation>L&apos;adresse du serveur n&apos;est pas une URL PostgreSQL avec le certificat de l&apos;autorité de certification du centre (postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).</translation>
    </message>
    <message>
        <source>The server&apos;s address must not hold a password: keep the workstation login&apos;s password in the PostgreSQL password file (~/.pgpass).</source>
        <translation>L&apos;adresse du serveur ne doit contenir aucun mot de passe : gardez le mot de passe de l&apos;identifiant du poste de travail dans le fichier des mots de passe de PostgreSQL (~/.pgpass).</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate named in the server&apos;s address is not on this workstation. Ask IT to copy it here.</source>
        <translation>Le certificat de l&apos;autorité de certification du centre indiqué dans l&apos;adresse du serveur n&apos;est pas sur ce poste de travail. Demandez à l&apos;informatique de l&apos;y copier.</translation>
    </message>
    <message>
        <source>The centre&apos;s server cannot be reached. Check the network, or ask IT whether the server is running.</source>
        <translation>Le serveur du centre est injoignable. Vérifiez le réseau, ou demandez à l&apos;informatique si le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the centre&apos;s CA certificate on this workstation, so OneStop did not connect. Ask IT.</source>
        <translation>Le certificat du serveur ne correspond pas au certificat de l&apos;autorité de certification du centre présent sur ce poste de travail : OneStop ne s&apos;est donc pas connecté. Demandez à l&apos;informatique.</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s own login (its password in ~/.pgpass is wrong or missing). Ask IT.</source>
        <translation>Le serveur a refusé l&apos;identifiant propre à ce poste de travail (son mot de passe dans ~/.pgpass est erroné ou absent). Demandez à l&apos;informatique.</translation>
    </message>
    <message>
        <source>The server refused your database login: it may not be enrolled yet (onestop-cli admin enrol-login). Ask the administrator.</source>
        <translation>Le serveur a refusé votre identifiant de base de données : il n&apos;est peut-être pas encore inscrit (onestop-cli admin enrol-login). Adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The centre&apos;s server holds an older audit trail than this workstation last saw: it may have been put back to an older copy. OneStop did not sign in. Tell the administrator.</source>
        <translation>Le serveur du centre contient un journal d&apos;audit plus ancien que celui que ce poste a vu en dernier : il a peut-être été remis à une copie plus ancienne. OneStop n&apos;a pas ouvert la session. Prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The centre&apos;s server has not been upgraded to this version of OneStop yet. OneStop did not sign in and changed nothing. Ask the person who looks after the server to run &quot;onestop-cli admin upgrade --server&quot; (docs/SERVER.md).</source>
        <translation>Le serveur du centre n&apos;a pas encore été mis à niveau vers cette version de OneStop. OneStop n&apos;a pas ouvert la session et n&apos;a rien modifié. Demandez à la personne qui gère le serveur d&apos;exécuter « onestop-cli admin upgrade --server » (docs/SERVER.md).</translation>
    </message>
    <message>
        <source>The centre&apos;s server has been upgraded to a newer version of OneStop than this workstation&apos;s. OneStop did not sign in and changed nothing. Install that version (or newer) on this workstation.</source>
        <translation>Le serveur du centre a été mis à niveau vers une version de OneStop plus récente que celle de ce poste. OneStop n&apos;a pas ouvert la session et n&apos;a rien modifié. Installez cette version (ou une plus récente) sur ce poste.</translation>
    </message>
    <message>
        <source>This is a backup of a vault on one computer, not of a centre server: restore it with the vault&apos;s own restore.</source>
        <translation>Ceci est la sauvegarde d&apos;un coffre sur un ordinateur, pas celle d&apos;un serveur de centre : restaurez-la avec la restauration du coffre.</translation>
    </message>
    <message>
        <source>Say whether she has been told of this sharing: told on a day, not yet (and who will tell her), or not told because telling her would put her or others at risk. No file was written.</source>
        <translation>Indiquez si elle a été informée de ce partage : informée à une date, pas encore (et qui l&apos;en informera), ou non informée parce que l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Say on which day she was told.</source>
        <translation>Indiquez le jour où elle a été informée.</translation>
    </message>
    <message>
        <source>The day she was told cannot be after today ({today}).</source>
        <translation>Le jour où elle a été informée ne peut pas être après aujourd&apos;hui ({today}).</translation>
    </message>
    <message>
        <source>The day she was told cannot be before her case was opened ({opened}).</source>
        <translation>Le jour où elle a été informée ne peut pas être avant l&apos;ouverture de son dossier ({opened}).</translation>
    </message>
    <message>
        <source>Say who will tell her.</source>
        <translation>Indiquez qui l&apos;en informera.</translation>
    </message>
    <message numerus="yes">
        <source>Who will tell her: one line of at most %n character(s).</source>
        <translation>
            <numerusform>Qui l&apos;en informera : une ligne d&apos;au plus %n caractère.</numerusform>
            <numerusform>Qui l&apos;en informera : une ligne d&apos;au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why telling her would put her or others at risk (at least %n character(s)).</source>
        <translation>
            <numerusform>Expliquez pourquoi l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger (au moins %n caractère).</numerusform>
            <numerusform>Expliquez pourquoi l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger (au moins %n caractères).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who record her consent, or a manager, record that she was told.</source>
        <translation>Seuls le personnel qui enregistre son consentement, ou un ou une responsable, enregistrent qu&apos;elle a été informée.</translation>
    </message>
    <message>
        <source>There is no sharing {sharing} in {reference}.</source>
        <translation>Il n&apos;y a pas de partage {sharing} dans {reference}.</translation>
    </message>
    <message>
        <source>A record of this case is at an earlier version than the audit trail records for it: someone with the vault key put it back. The records are not shown; ask an admin to run verify, which names it.</source>
        <translation>Un élément de ce dossier est à une version antérieure à celle que le journal d&apos;audit indique pour lui : quelqu&apos;un disposant de la clé du coffre l&apos;a remis à une version précédente. Les éléments ne sont pas affichés ; demandez à l&apos;administrateur de vérifier le coffre, ce qui le désignera.</translation>
    </message>
</context>
<context>
    <name>MinutesChoices</name>
    <message>
        <source>What the minutes say</source>
        <translation>Ce que dit le compte rendu</translation>
    </message>
    <message>
        <source>The minutes are closed: they are printed as kept.</source>
        <translation>Le compte rendu est clos : il est imprimé tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>Printed as kept: your role may not change the minutes.</source>
        <translation>Imprimé tel qu&apos;il a été enregistré : votre rôle ne permet pas de modifier le compte rendu.</translation>
    </message>
    <message>
        <source>Time the meeting started</source>
        <translation>Heure de début de la réunion</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Present, one a line</source>
        <translation>Présents, un par ligne</translation>
    </message>
    <message>
        <source>Apologies, one a line</source>
        <translation>Excusés, un par ligne</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Pré&amp;sidence</translation>
    </message>
    <message>
        <source>&amp;Present (name, agency)</source>
        <translation>&amp;Présents (nom, organisme)</translation>
    </message>
    <message>
        <source>A&amp;pologies</source>
        <translation>E&amp;xcusés</translation>
    </message>
    <message>
        <source>Discussion of case {reference}</source>
        <translation>Discussion du dossier {reference}</translation>
    </message>
    <message>
        <source>Discussion of {reference}</source>
        <translation>Discussion de {reference}</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose the day from a calendar</source>
        <translation>Choisir le jour dans un calendrier</translation>
    </message>
    <message>
        <source>e.g. 15:00</source>
        <translation>p. ex. 15:00</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field} : heure</translation>
    </message>
    <message>
        <source>{field}: choose the day from a calendar</source>
        <translation>{field} : choisir le jour dans un calendrier</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Partner agencies</source>
        <translation>Structures partenaires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Add an agency…</source>
        <translation>&amp;Ajouter une structure…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>How well does our referral network work?</source>
        <translation>Notre réseau d&apos;orientation fonctionne-t-il bien ?</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referrals declined</comment>
        <extracomment>A column of referral counts: referrals the agency declined.</extracomment>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Délai médian de réponse (jours)</translation>
    </message>
    <message>
        <source>Referral figures</source>
        <translation>Chiffres des orientations</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>Importer des structures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>That file cannot be read as UTF-8 CSV.</source>
        <translation>Ce fichier ne peut pas être lu comme un CSV UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n ajoutée, </numerusform>
            <numerusform>%n ajoutées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n mise à jour.</numerusform>
            <numerusform>%n mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agencies</source>
        <translation>Exporter les structures</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Le fichier n&apos;a pas pu être écrit à cet endroit.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
        <source>e.g. a.mensah</source>
        <translation>p. ex. a.mensah</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>NowToldDialog</name>
    <message>
        <source>She has now been told</source>
        <translation>Elle a maintenant été informée</translation>
    </message>
    <message>
        <source>She has now been told that the {document} was shared.</source>
        <translation>Elle a maintenant été informée du partage du document « {document} ».</translation>
    </message>
    <message>
        <source>The day she was told</source>
        <translation>Le jour où elle a été informée</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;Informée le</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Give this one-time password to {name} ({user}) in person. It is shown only now; they choose their own password when they first sign in.</source>
        <translation>Remettez en main propre ce mot de passe à usage unique à {name} ({user}). Il n&apos;est affiché que maintenant ; la personne choisit son propre mot de passe à sa première connexion.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>Je l&apos;ai remis</translation>
    </message>
</context>
<context>
    <name>PeriodChoices</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Month, quarter or year</source>
        <translation>Mois, trimestre ou année</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Un trimestre</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Une année</translation>
    </message>
    <message>
        <source>&amp;Released for</source>
        <translation>&amp;Publié pour</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Quelle période</translation>
    </message>
    <message>
        <source>Per&amp;iod</source>
        <translation>Pér&amp;iode</translation>
    </message>
    <message>
        <source>Also write a &amp;DHIS2 data value set (JSON and CSV)</source>
        <translation>Écrire aussi un jeu de valeurs &amp;DHIS2 (JSON et CSV)</translation>
    </message>
    <message>
        <source>DHIS2 mapping file</source>
        <translation>Fichier de correspondance DHIS2</translation>
    </message>
    <message>
        <source>The mapping file from your ministry (JSON)</source>
        <translation>Le fichier de correspondance de votre ministère (JSON)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Mapping file</source>
        <translation>Fichier de &amp;correspondance</translation>
    </message>
    <message>
        <source>Counts only survivors whose consent to statistics is in force; small counts are hidden, and a period overlapping one released before hides what would let the two be subtracted. A CSV file with the same figures is written beside the PDF (attached inside it when the PDF has a password).</source>
        <translation>Ne compte que les survivantes dont le consentement aux statistiques est en vigueur ; les petits effectifs sont masqués, et une période qui recoupe une période déjà publiée masque ce qui permettrait de soustraire l&apos;une de l&apos;autre. Un fichier CSV avec les mêmes chiffres est écrit à côté du PDF (joint à l&apos;intérieur quand le PDF a un mot de passe).</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the DHIS2 mapping file (a JSON file from your ministry).</source>
        <translation>Choisissez le fichier de correspondance DHIS2 (un fichier JSON de votre ministère).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile of {name}</source>
        <translation>Profil de {name}</translation>
    </message>
    <message>
        <source>e.g. MB ChB, DFFLM</source>
        <translation>p. ex. MB ChB, DFFLM</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>&amp;Qualifications</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>Numéro d&apos;ins&amp;cription</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;inscription</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connu</translation>
    </message>
    <message>
        <source>{field} is known</source>
        <translation>{field} est connu(e)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>Ce que vous avez saisi ici n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>RecorderButton</name>
    <message>
        <source>GBVIMS &amp;Incident Recorder (.xlsx)…</source>
        <translation>&amp;Incident Recorder du GBVIMS (.xlsx)…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation>Ajouter : {what}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>Modifier : {what}</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>La clé de secours</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way back in. It is shown once: print it or write it down now, and keep it locked away from this computer.</source>
        <translation>Si tous les administrateurs oublient leur mot de passe, cette clé est le seul moyen d&apos;entrer. Elle n&apos;est affichée qu&apos;une fois : imprimez-la ou recopiez-la maintenant, et gardez-la sous clé loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimer la clé de secours…</translation>
    </message>
    <message>
        <source>Group &amp;{n}</source>
        <translation>Groupe &amp;{n}</translation>
    </message>
    <message>
        <source>OneStop recovery key

{key}

Keep it locked away.</source>
        <translation>Clé de secours OneStop

{key}

Gardez-la sous clé.</translation>
    </message>
    <message>
        <source>Group {n} does not match. Check what you wrote down.</source>
        <translation>Le groupe {n} ne correspond pas. Vérifiez ce que vous avez noté.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral of {ref}</source>
        <translation>Orientation de {ref}</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Structure qui oriente</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Date d&apos;orientation</translation>
    </message>
    <message>
        <source>Referring &amp;agency</source>
        <translation>&amp;Structure qui oriente</translation>
    </message>
    <message>
        <source>Referral &amp;date</source>
        <translation>&amp;Date d&apos;orientation</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryDialog</name>
    <message>
        <source>Referral history</source>
        <translation>Historique de l&apos;orientation</translation>
    </message>
    <message>
        <source>Referral to {agency}</source>
        <translation>Orientation vers {agency}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Contact at the agency</source>
        <translation>Contact dans l&apos;organisme</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Leur référence</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Steps of the referral</source>
        <translation>Étapes de l&apos;orientation</translation>
    </message>
    <message>
        <source>Made (draft)</source>
        <translation>Créée (brouillon)</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Lettre imprimée</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle orientation…</translation>
    </message>
    <message>
        <source>Referrals and where they stand</source>
        <translation>Orientations et leur état</translation>
    </message>
    <message>
        <source>Their contact and reference</source>
        <translation>Leur contact et référence</translation>
    </message>
    <message>
        <source>Print the &amp;letter…</source>
        <translation>Imprimer la &amp;lettre…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Enregistrer la &amp;réponse…</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Terminée</translation>
    </message>
    <message>
        <source>Cl&amp;ose the referral…</source>
        <translation>Clôt&amp;urer l&apos;orientation…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Répondu &amp;le</translation>
    </message>
    <message>
        <source>&amp;Contact at the agency</source>
        <translation>&amp;Contact dans l&apos;organisme</translation>
    </message>
    <message>
        <source>Their &amp;reference</source>
        <translation>Leur &amp;référence</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <source>Choose from the directory, or type a name</source>
        <translation>Choisissez dans l&apos;annuaire, ou saisissez un nom</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>&amp;Service asked for</source>
        <translation>&amp;Service demandé</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Motif de l&apos;orientation</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>Choisissez d&apos;abord une orientation.</translation>
    </message>
    <message>
        <source>The agency&apos;s answer</source>
        <translation>La réponse de l&apos;organisme</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>&amp;Ce qu&apos;ils ont dit</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Clôturer l&apos;orientation</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>La clôturer</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Protection order expires</source>
        <translation>Ordonnance de protection expirant</translation>
    </message>
    <message>
        <source>Referral overdue</source>
        <translation>Orientation sans réponse</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tâche à échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Conference action due</source>
        <translation>Action de réunion à échéance</translation>
    </message>
    <message>
        <source>Tell her of a sharing</source>
        <translation>L&apos;informer d&apos;un partage</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Hearings in the next 14 days, protection orders expiring within 30, referrals without an answer, tasks, follow-ups and conference actions due, and survivors still to be told that their file was shared without their consent.</source>
        <translation>Audiences dans les 14 prochains jours, ordonnances de protection expirant dans les 30 jours, orientations sans réponse, tâches, suivis et actions de conférence à échéance, et survivantes encore à informer que leur dossier a été partagé sans leur consentement.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring replaces every record in this vault with the records of the backup {file}. Work recorded since that backup is lost from the vault; a safety backup of the vault as it is now is made first.</source>
        <translation>La restauration remplace chaque dossier de ce coffre par ceux de la sauvegarde {file}. Le travail enregistré depuis cette sauvegarde est perdu pour le coffre ; une sauvegarde de sécurité du coffre dans son état actuel est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>Votre mot de &amp;passe</translation>
    </message>
    <message>
        <source>I understand that the records are replaced by the backup&apos;s</source>
        <translation>Je comprends que les dossiers sont remplacés par ceux de la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Type your own password: it opens an older backup.</source>
        <translation>Saisissez votre propre mot de passe : il ouvre une sauvegarde plus ancienne.</translation>
    </message>
</context>
<context>
    <name>RevocationProgress</name>
    <message>
        <source>This takes a few seconds on a large vault. It cannot be stopped halfway; the window stays usable while it runs.</source>
        <translation>Cela prend quelques secondes sur un grand coffre. Impossible de l&apos;arrêter à mi-chemin ; la fenêtre reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <source>This takes a moment. It cannot be stopped halfway.</source>
        <translation>Cela prend un instant. L&apos;opération ne peut pas être interrompue en cours de route.</translation>
    </message>
    <message>
        <source>Disabling the account, moving its keys to new versions and stopping its database login</source>
        <translation>Désactivation du compte, passage de ses clés à une nouvelle version et arrêt de son identifiant de base de données</translation>
    </message>
    <message>
        <source>Disabling the account and moving its keys to new versions</source>
        <translation>Désactivation du compte et passage de ses clés à une nouvelle version</translation>
    </message>
    <message>
        <source>Preparing a new vault key</source>
        <translation>Préparation d&apos;une nouvelle clé du coffre</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with the new key</source>
        <translation>Rechiffrement du coffre avec la nouvelle clé</translation>
    </message>
    <message>
        <source>Moving the attachments and recording the change</source>
        <translation>Déplacement des pièces jointes et enregistrement du changement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>✓ {step}</source>
        <translation>✓ {step}</translation>
    </message>
    <message>
        <source>{step}…</source>
        <translation>{step}…</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>No risk assessment yet.</source>
        <translation>Aucune évaluation du risque pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Latest: {level} risk, score {score} ({when}). {trend}</source>
        <translation>Dernière : risque {level}, score {score} ({when}). {trend}</translation>
    </message>
    <message>
        <source>Waiting for the case conference: {why}.</source>
        <translation>En attente de la réunion de concertation : {why}.</translation>
    </message>
    <message>
        <source>Not waiting for a case conference.</source>
        <translation>Pas en attente d&apos;une réunion de concertation.</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Évaluations du risque</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Grille d&apos;évaluation du risque</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;New risk assessment</source>
        <translation>&amp;Nouvelle évaluation du risque</translation>
    </message>
    <message>
        <source>Case-conference actions</source>
        <translation>Actions de réunion de concertation</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Lits</translation>
    </message>
    <message>
        <source>Shelter rooms and beds</source>
        <translation>Chambres et lits de l&apos;hébergement</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>Ajouter une &amp;chambre…</translation>
    </message>
    <message>
        <source>Add &amp;beds to the selected room…</source>
        <translation>Ajouter des &amp;lits à la chambre sélectionnée…</translation>
    </message>
    <message>
        <source>Re&amp;tire a bed…</source>
        <translation>Re&amp;tirer un lit…</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Ajouter une chambre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Room &amp;name</source>
        <translation>&amp;Nom de la chambre</translation>
    </message>
    <message>
        <source>&amp;Beds (labels, separated by commas)</source>
        <translation>&amp;Lits (étiquettes, séparées par des virgules)</translation>
    </message>
    <message>
        <source>Choose a room first.</source>
        <translation>Choisissez d&apos;abord une chambre.</translation>
    </message>
    <message>
        <source>Add beds to {room}</source>
        <translation>Ajouter des lits à {room}</translation>
    </message>
    <message>
        <source>&amp;New beds (labels, separated by commas)</source>
        <translation>&amp;Nouveaux lits (étiquettes, séparées par des virgules)</translation>
    </message>
    <message>
        <source>Retire a bed</source>
        <translation>Retirer un lit</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>&amp;Lit</translation>
    </message>
    <message>
        <source>A bed someone is in cannot be retired: she is moved first.</source>
        <translation>Un lit occupé ne peut pas être retiré : elle doit d&apos;abord être déplacée.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanChoices</name>
    <message>
        <source>Her copy</source>
        <translation>Son exemplaire</translation>
    </message>
    <message>
        <source>She wants the &amp;centre&apos;s name and &quot;Safety plan&quot; printed on it</source>
        <translation>Elle veut le nom du &amp;centre et « Plan de sécurité » imprimés dessus</translation>
    </message>
    <message>
        <source>Print the centre&apos;s name on her copy</source>
        <translation>Imprimer le nom du centre sur son exemplaire</translation>
    </message>
    <message>
        <source>Unticked, the pages and the file&apos;s properties name neither the centre nor the case, in case someone else finds it.</source>
        <translation>Décoché, ni les pages ni les propriétés du fichier ne nomment le centre ou le dossier, au cas où quelqu&apos;un d&apos;autre le trouverait.</translation>
    </message>
    <message>
        <source>Print her code &amp;word on it</source>
        <translation>Imprimer son &amp;mot de code dessus</translation>
    </message>
    <message>
        <source>Print her code word on her copy</source>
        <translation>Imprimer son mot de code sur sa copie</translation>
    </message>
    <message>
        <source>Unticked, the code word is left off: whoever finds the plan would learn it. She can keep it in her head.</source>
        <translation>Non coché, le mot de code n&apos;est pas imprimé : quiconque trouverait le plan l&apos;apprendrait. Elle peut le garder en mémoire.</translation>
    </message>
    <message>
        <source>She wants the full &amp;headings printed on it</source>
        <translation>Elle veut les &amp;titres complets imprimés dessus</translation>
    </message>
    <message>
        <source>Print the full headings on her copy</source>
        <translation>Imprimer les titres complets sur son exemplaire</translation>
    </message>
    <message>
        <source>Unticked, its parts are headed as ordinary notes (&quot;Things to keep ready&quot;, &quot;Places to go&quot;), not by what they are for, in case someone else finds it. With the centre&apos;s name printed, the full headings are printed too.</source>
        <translation>Non coché, ses parties portent des titres de notes ordinaires (« Choses à garder prêtes », « Endroits où aller »), et non ce à quoi elles servent, au cas où quelqu&apos;un d&apos;autre le trouverait. Avec le nom du centre imprimé, les titres complets le sont aussi.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanForm</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de sécurité</translation>
    </message>
    <message>
        <source>Version {v}, saved {when} by {who}</source>
        <translation>Version {v}, enregistrée le {when} par {who}</translation>
    </message>
    <message>
        <source>Save the safety &amp;plan</source>
        <translation>Enregistrer le &amp;plan de sécurité</translation>
    </message>
    <message>
        <source>Print &amp;her copy…</source>
        <translation>Imprimer &amp;son exemplaire…</translation>
    </message>
    <message>
        <source>The saved plan, without her name, to take with her</source>
        <translation>Le plan enregistré, sans son nom, à emporter</translation>
    </message>
    <message>
        <source>Save the changes first: her copy is the saved plan.</source>
        <translation>Enregistrez d&apos;abord les modifications : son exemplaire est le plan enregistré.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Plan a case conference</source>
        <translation>Planifier une réunion de concertation</translation>
    </message>
    <message>
        <source>One agency per line</source>
        <translation>Une structure par ligne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The room or the address where it meets</source>
        <translation>La salle ou l&apos;adresse de la réunion</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Attending agencies</source>
        <translation>&amp;Structures présentes</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>Médico-légal</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>Notes de suivi psychologique</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>Risque et sécurité</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Réunions de concertation</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Centre &amp;name</source>
        <translation>&amp;Nom du centre</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <source>Centre &amp;address</source>
        <translation>&amp;Adresse du centre</translation>
    </message>
    <message>
        <source>Centre address</source>
        <translation>Adresse du centre</translation>
    </message>
    <message>
        <source>Centre tele&amp;phone</source>
        <translation>Télé&amp;phone du centre</translation>
    </message>
    <message>
        <source>Centre telephone</source>
        <translation>Téléphone du centre</translation>
    </message>
    <message>
        <source>Centre &amp;e-mail</source>
        <translation>Courri&amp;el du centre</translation>
    </message>
    <message>
        <source>Centre e-mail</source>
        <translation>Courriel du centre</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <source>&amp;Time zone of documents</source>
        <translation>&amp;Fuseau horaire des documents</translation>
    </message>
    <message>
        <source>Time zone of documents</source>
        <translation>Fuseau horaire des documents</translation>
    </message>
    <message>
        <source>Documents print their times in this zone, and name it beside each time.</source>
        <translation>Les documents impriment leurs heures dans ce fuseau et le nomment à côté de chaque heure.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up OneStop</source>
        <translation>Configurer OneStop</translation>
    </message>
</context>
<context>
    <name>SharingChoices</name>
    <message>
        <source>Shared without her consent: why, case by case</source>
        <translation>Transmis sans son consentement : pourquoi, cas par cas</translation>
    </message>
    <message>
        <source>These survivors did not consent to sharing with every agency at the meeting. For each, choose why it is shared all the same, say what makes it so, and whether she has been told of it; the document prints it beside her case.</source>
        <translation>Ces survivantes n&apos;ont pas consenti à la transmission à toutes les structures présentes à la réunion. Pour chacune, choisissez pourquoi le cas est transmis malgré tout, dites ce qui le justifie et si elle en a été informée ; le document l&apos;imprime à côté de son dossier.</translation>
    </message>
    <message numerus="yes">
        <source>What makes it so takes at least %n character(s);</source>
        <translation>
            <numerusform>La justification demande au moins %n caractère ;</numerusform>
            <numerusform>La justification demande au moins %n caractères ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>why she is not told, at least %n: the count beside each field says how many are typed.</source>
        <translation>
            <numerusform>et pourquoi elle n&apos;est pas informée, au moins %n : le compteur à côté de chaque champ indique combien sont saisis.</numerusform>
            <numerusform>et pourquoi elle n&apos;est pas informée, au moins %n : le compteur à côté de chaque champ indique combien sont saisis.</numerusform>
        </translation>
    </message>
    <message>
        <source>{ref} (not with {agencies})</source>
        <translation>{ref} (pas avec {agencies})</translation>
    </message>
    <message>
        <source>Why {ref} is shared</source>
        <translation>Pourquoi {ref} est transmis</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Choisissez pourquoi…</translation>
    </message>
    <message>
        <source>What makes it so for {ref}</source>
        <translation>Ce qui le justifie pour {ref}</translation>
    </message>
    <message>
        <source>What makes it so for her</source>
        <translation>Ce qui le justifie pour elle</translation>
    </message>
    <message>
        <source>Export all the same: these answers differ from the earlier ones</source>
        <translation>Exporter quand même : ces réponses diffèrent des précédentes</translation>
    </message>
    <message>
        <source>Has she been told of the sharing of {ref}?</source>
        <translation>A-t-elle été informée de la transmission de {ref} ?</translation>
    </message>
    <message>
        <source>Has she been told?…</source>
        <translation>A-t-elle été informée ?…</translation>
    </message>
    <message>
        <source>Yes, she was told on</source>
        <translation>Oui, elle a été informée le</translation>
    </message>
    <message>
        <source>Not yet: she will be told by</source>
        <translation>Pas encore : elle sera informée par</translation>
    </message>
    <message>
        <source>No: it would put her or others at risk</source>
        <translation>Non : cela la mettrait, elle ou d&apos;autres, en danger</translation>
    </message>
    <message>
        <source>The day she was told of the sharing of {ref}</source>
        <translation>Le jour où elle a été informée de la transmission de {ref}</translation>
    </message>
    <message>
        <source>Who will tell her (a name or a role)</source>
        <translation>Qui l&apos;en informera (un nom ou une fonction)</translation>
    </message>
    <message>
        <source>Who will tell her, or why not, for {ref}</source>
        <translation>Qui l&apos;en informera, ou pourquoi pas, pour {ref}</translation>
    </message>
    <message>
        <source>Why telling her would put her or others at risk</source>
        <translation>Pourquoi l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger</translation>
    </message>
    <message>
        <source>Choose why each case is shared without her consent: {cases}.</source>
        <translation>Choisissez pourquoi chaque cas est transmis sans son consentement : {cases}.</translation>
    </message>
    <message numerus="yes">
        <source>Say what makes it so for each case shared without her consent (at least %n character(s) each): {cases}.</source>
        <translation>
            <numerusform>Dites ce qui le justifie pour chaque cas transmis sans son consentement (au moins %n caractère chacun) : {cases}.</numerusform>
            <numerusform>Dites ce qui le justifie pour chaque cas transmis sans son consentement (au moins %n caractères chacun) : {cases}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the day she was told: {cases}.</source>
        <translation>Saisissez ou choisissez le jour où elle a été informée : {cases}.</translation>
    </message>
    <message>
        <source>The day she was told is not a date (e.g. 2026-12-02): {cases}.</source>
        <translation>Le jour où elle a été informée n&apos;est pas une date (p. ex. 2026-12-02) : {cases}.</translation>
    </message>
    <message>
        <source>{ref}, shared on {day}: “{answer}”</source>
        <translation>{ref}, partagé le {day} : « {answer} »</translation>
    </message>
    <message>
        <source>An earlier sharing said otherwise: {said}. Check the answers; to keep both, tick &quot;Export all the same&quot; and export again.</source>
        <translation>Un partage précédent disait autre chose : {said}. Vérifiez les réponses ; pour garder les deux, cochez « Exporter quand même » et exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>SharingsPanel</name>
    <message>
        <source>Shared without her consent</source>
        <translation>Transmis sans son consentement</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Has she been told?</source>
        <translation>A-t-elle été informée ?</translation>
    </message>
    <message>
        <source>The sharing, and every answer</source>
        <translation>Le partage, et chaque réponse</translation>
    </message>
    <message>
        <source>She has now been &amp;told…</source>
        <translation>Elle a maintenant été &amp;informée…</translation>
    </message>
    <message>
        <source>Record the day she was told of the selected sharing</source>
        <translation>Enregistrer le jour où elle a été informée du partage choisi</translation>
    </message>
    <message>
        <source>Yes, told on {day}</source>
        <translation>Oui, informée le {day}</translation>
    </message>
    <message>
        <source>Not yet: {who} will tell her</source>
        <translation>Pas encore : {who} l&apos;en informera</translation>
    </message>
    <message>
        <source>No: telling her would put her or others at risk ({why})</source>
        <translation>Non : l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger ({why})</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason} : {note}</translation>
    </message>
    <message>
        <source>She was already told of the selected sharing.</source>
        <translation>Elle a déjà été informée du partage sélectionné.</translation>
    </message>
    <message>
        <source>{document}, shared on {day} by {who}.</source>
        <translation>{document}, partagé le {day} par {who}.</translation>
    </message>
    <message>
        <source>For the case conference of {day}.</source>
        <translation>Pour la conférence de cas du {day}.</translation>
    </message>
    <message>
        <source>It went to: {agencies}.</source>
        <translation>Il a été envoyé à : {agencies}.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Pourquoi : {why}</translation>
    </message>
    <message>
        <source>Has she been told? Every answer, in order:</source>
        <translation>A-t-elle été informée ? Chaque réponse, dans l&apos;ordre :</translation>
    </message>
    <message>
        <source>{when}, {who}: {answer}</source>
        <translation>{when}, {who} : {answer}</translation>
    </message>
    <message>
        <source>Choose a sharing first.</source>
        <translation>Choisissez d&apos;abord un partage.</translation>
    </message>
    <message>
        <source>She was already told of that sharing.</source>
        <translation>Elle a déjà été informée de ce partage.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The audit trail was tampered with</source>
        <translation>Le journal d&apos;audit a été falsifié</translation>
    </message>
    <message>
        <source>Someone changed the audit trail outside OneStop. Until the administrator acknowledges it, this warning is shown at every sign-in of the administrator and the managers.</source>
        <translation>Quelqu&apos;un a modifié le journal d&apos;audit en dehors de OneStop. Tant que l&apos;administrateur ne l&apos;a pas pris en compte, cet avertissement s&apos;affiche à chaque connexion de l&apos;administrateur et des responsables.</translation>
    </message>
    <message>
        <source>Work still running</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>A backup, restore, check or export is still running. Wait for it to finish, or press its Cancel button, then sign out.</source>
        <translation>Une sauvegarde, une restauration, une vérification ou un export est en cours. Attendez la fin ou appuyez sur son bouton Annuler, puis déconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Se déconnecter ?</translation>
    </message>
    <message>
        <source>You have unsaved work. Sign out and lose it?</source>
        <translation>Vous avez du travail non enregistré. Vous déconnecter et le perdre ?</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>Se déconnecter et abandonner</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Rester connecté(e)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>ShelterBoardView</name>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>Départ prévu</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation>Tableau de l&apos;hébergement</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admettre…</translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation>&amp;Changer de lit…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>&amp;Faire sortir…</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Add to the &amp;waiting list…</source>
        <translation>Ajouter à la liste d&apos;&amp;attente…</translation>
    </message>
    <message>
        <source>Admit the &amp;selected…</source>
        <translation>Admettre la personne &amp;sélectionnée…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list…</source>
        <translation>&amp;Retirer de la liste…</translation>
    </message>
    <message>
        <source>over the maximum stay</source>
        <translation>au-delà de la durée maximale</translation>
    </message>
    <message>
        <source>maximum stay soon</source>
        <translation>durée maximale bientôt atteinte</translation>
    </message>
    <message>
        <source>planned exit passed</source>
        <translation>départ prévu dépassé</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n beds occupied now · this month: {rate:.0%} of bed-nights, </source>
        <translation>
            <numerusform>Lits occupés : {occupied} sur %n · ce mois-ci : {rate:.0%} des nuitées, </numerusform>
            <numerusform>Lits occupés : {occupied} sur %n · ce mois-ci : {rate:.0%} des nuitées, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted, </source>
        <translation>
            <numerusform>%n admise, </numerusform>
            <numerusform>%n admises, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an occupied bed first.</source>
        <translation>Choisissez d&apos;abord un lit occupé.</translation>
    </message>
    <message>
        <source>Choose someone on the waiting list first.</source>
        <translation>Choisissez d&apos;abord une personne sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Move to another bed</source>
        <translation>Changer de lit</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>the bed she moves to</comment>
        <extracomment>Moving a resident to another bed: the bed she moves to (a place, not a date).</extracomment>
        <translation>&amp;Vers le lit</translation>
    </message>
    <message>
        <source>Discharge {ref}</source>
        <translation>Sortie de {ref}</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Faire sortir</translation>
    </message>
    <message>
        <source>e.g. her own home with a protection order; relatives; another shelter</source>
        <translation>p. ex. son propre domicile avec une ordonnance de protection ; de la famille ; un autre hébergement</translation>
    </message>
    <message>
        <source>&amp;Where she went</source>
        <translation>&amp;Où elle est allée</translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation>Ajouter à la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>e.g. ground floor; a cot; near the children&apos;s school</source>
        <translation>p. ex. rez-de-chaussée ; un lit bébé ; près de l&apos;école des enfants</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;Référence du dossier</translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation>&amp;Enfants avec elle</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>Remove {ref} from the waiting list</source>
        <translation>Retirer {ref} de la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>e.g. placed elsewhere; no longer needed</source>
        <translation>p. ex. placée ailleurs ; plus nécessaire</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sealing older records</source>
        <translation>Scellement des anciens dossiers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of OneStop on this workstation</source>
        <translation>La langue de OneStop sur ce poste</translation>
    </message>
    <message>
        <source>Type your user name and your password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
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
        <source>Upgrading the vault to this version. This happens once; it can take a minute.</source>
        <translation>Mise à niveau du coffre vers cette version. Cela n&apos;arrive qu&apos;une fois et peut prendre une minute.</translation>
    </message>
    <message>
        <source>Sealing records written before this version under your keys. This happens once; it can take a minute.</source>
        <translation>Scellement sous vos clés des dossiers écrits avant cette version. Cela n&apos;arrive qu&apos;une fois et peut prendre une minute.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;essais échoués. Vous pourrez réessayer dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;essais échoués. Vous pourrez réessayer dans %n secondes.</numerusform>
        </translation>
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
    <name>Timeline</name>
    <message>
        <source>Imported from a register</source>
        <translation>Importé d&apos;un registre</translation>
    </message>
    <message>
        <source>Case opened in the earlier register</source>
        <translation>Dossier ouvert dans l&apos;ancien registre</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <source>Incident entered in error: {type} ({context})</source>
        <translation>Incident saisi par erreur : {type} ({context})</translation>
    </message>
    <message>
        <source>Incident: {type} ({context})</source>
        <translation>Incident : {type} ({context})</translation>
    </message>
    <message>
        <source>Consent given: {purpose}</source>
        <translation>Consentement donné : {purpose}</translation>
    </message>
    <message>
        <source>Consent refused: {purpose}</source>
        <translation>Consentement refusé : {purpose}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purpose}</source>
        <translation>Consentement retiré : {purpose}</translation>
    </message>
    <message>
        <source>Shared without her consent: {document} (case conference of {day})</source>
        <translation>Partagé sans son consentement : {document} (conférence de cas du {day})</translation>
    </message>
    <message>
        <source>Shared without her consent: {document}</source>
        <translation>Partagé sans son consentement : {document}</translation>
    </message>
    <message>
        <source>Told on {day} that the {document} of {shared} was shared</source>
        <translation>Informée le {day} du partage du {document} du {shared}</translation>
    </message>
    <message>
        <source>Health encounter entered in error</source>
        <translation>Consultation médicale saisie par erreur</translation>
    </message>
    <message>
        <source>Health encounter</source>
        <translation>Consultation médicale</translation>
    </message>
    <message>
        <source>{treatment} (encounter entered in error)</source>
        <translation>{treatment} (consultation saisie par erreur)</translation>
    </message>
    <message>
        <source>Forensic examination</source>
        <translation>Examen médico-légal</translation>
    </message>
    <message>
        <source>Specimen collected: {specimen}</source>
        <translation>Prélèvement effectué : {specimen}</translation>
    </message>
    <message>
        <source>Specimen handed to {organisation}</source>
        <translation>Prélèvement remis à {organisation}</translation>
    </message>
    <message>
        <source>Counselling session ({type})</source>
        <translation>Séance de suivi psychologique ({type})</translation>
    </message>
    <message>
        <source>Legal matter opened</source>
        <translation>Dossier juridique ouvert</translation>
    </message>
    <message>
        <source>Hearing at {court}</source>
        <translation>Audience au {court}</translation>
    </message>
    <message>
        <source>Order issued: {order}</source>
        <translation>Ordonnance délivrée : {order}</translation>
    </message>
    <message>
        <source>Order expires: {order}</source>
        <translation>Ordonnance expirant : {order}</translation>
    </message>
    <message>
        <source>Admitted to shelter</source>
        <translation>Admise en hébergement</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>A quitté l&apos;hébergement</translation>
    </message>
    <message>
        <source>Referred to {agency}</source>
        <translation>Orientée vers {agency}</translation>
    </message>
    <message>
        <source>Referral answered by {agency}: {status}</source>
        <translation>Réponse de {agency} à l&apos;orientation : {status}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Fait : {title}</translation>
    </message>
    <message>
        <source>Due: {title}</source>
        <translation>À faire : {title}</translation>
    </message>
</context>
<context>
    <name>ToldChoices</name>
    <message>
        <source>Has she been told of this sharing?</source>
        <translation>A-t-elle été informée de ce partage ?</translation>
    </message>
    <message>
        <source>&amp;Yes, she was told on</source>
        <translation>&amp;Oui, elle a été informée le</translation>
    </message>
    <message>
        <source>The day she was told</source>
        <translation>Le jour où elle a été informée</translation>
    </message>
    <message>
        <source>No&amp;t yet: she will be told by</source>
        <translation>Pas &amp;encore : elle sera informée par</translation>
    </message>
    <message>
        <source>Who will tell her</source>
        <translation>Qui l&apos;en informera</translation>
    </message>
    <message>
        <source>Who will tell her (a name or a role)</source>
        <translation>Qui l&apos;en informera (un nom ou une fonction)</translation>
    </message>
    <message>
        <source>&amp;No: telling her would put her or others at risk, because</source>
        <translation>&amp;Non : l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger, parce que</translation>
    </message>
    <message>
        <source>Why telling her would put her or others at risk</source>
        <translation>Pourquoi l&apos;en informer la mettrait, elle ou d&apos;autres personnes, en danger</translation>
    </message>
</context>
<context>
    <name>WaitingNotice</name>
    <message>
        <source>Your account is waiting for a colleague to confirm it</source>
        <translation>Votre compte attend qu&apos;un ou une collègue le confirme</translation>
    </message>
    <message>
        <source>Until a colleague who already reads them confirms you, these records stay closed to you: {sections}. Ask them in person; when they sign in, OneStop asks them to type your fingerprint. Read it aloud to them:</source>
        <translation>Tant qu&apos;un ou une collègue qui les lit déjà ne vous a pas confirmé(e), ces dossiers vous restent fermés : {sections}. Demandez-le-lui en personne ; à l&apos;ouverture de sa session, OneStop lui demande de saisir votre empreinte. Lisez-la-lui à voix haute :</translation>
    </message>
    <message>
        <source>Waiting sections</source>
        <translation>Sections en attente</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <source>Once you are confirmed, sign out and in again to open the records.</source>
        <translation>Une fois confirmé(e), fermez votre session puis rouvrez-la pour ouvrir les dossiers.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>&amp;Hide screen (F12)</source>
        <translation>&amp;Masquer l&apos;écran (F12)</translation>
    </message>
    <message>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation>Tableau de l&apos;hébergement</translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation>Réseau d&apos;orientation</translation>
    </message>
    <message>
        <source>Break-glass review</source>
        <translation>Examen des accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Import register</source>
        <translation>Importer un registre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Times are in {zone}</source>
        <translation>Heures en {zone}</translation>
    </message>
    <message>
        <source>Times on screen are in {zone}; documents print in {centre}</source>
        <translation>Heures à l’écran en {zone} ; documents imprimés en {centre}</translation>
    </message>
    <message>
        <source>Close the file?</source>
        <translation>Fermer le dossier ?</translation>
    </message>
    <message>
        <source>There is unsaved work in this file. Close it and lose that work?</source>
        <translation>Ce dossier contient du travail non enregistré. Le fermer et perdre ce travail ?</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Fermer et abandonner</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Le garder ouvert</translation>
    </message>
    <message>
        <source>Unsaved work restored</source>
        <translation>Travail non enregistré restauré</translation>
    </message>
    <message>
        <source>The screen was locked while you had unsaved work. It is open again where you left it: save it or discard it.</source>
        <translation>L&apos;écran a été verrouillé alors que vous aviez du travail non enregistré. Il est rouvert là où vous l&apos;aviez laissé : enregistrez-le ou abandonnez-le.</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} et {end}</translation>
    </message>
</context>
</TS>
