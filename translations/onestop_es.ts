<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nueva cuenta…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer la contraseña…</translation>
    </message>
    <message>
        <source>&amp;Qualifications…</source>
        <translation>&amp;Cualificaciones…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>{user}: qualifications saved.</source>
        <translation>{user}: cualificaciones guardadas.</translation>
    </message>
    <message>
        <source>{user}: one-time password issued.</source>
        <translation>{user}: contraseña de un solo uso emitida.</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their database login on the server is stopped and the keys of the records they could read move to new versions, so their password no longer connects and opens nothing written from now on. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation>{name} ya no podrá iniciar sesión. Su acceso a la base de datos del servidor se desactiva y las claves de los expedientes que podía leer pasan a una nueva versión: su contraseña ya no conecta con el servidor y no abrirá nada de lo que se escriba a partir de ahora. Sus registros y las entradas de auditoría se conservan. Puede reactivar la cuenta más adelante con una nueva contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Disable {user}?</source>
        <translation>¿Desactivar a {user}?</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. The vault key is replaced and the keys of the records they could read move to new versions, so their password opens nothing written from now on; backups made before still open with it. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation>{name} ya no podrá iniciar sesión. La clave de la bóveda se reemplaza y las claves de los expedientes que podía leer pasan a una nueva versión: su contraseña no abrirá nada de lo que se escriba a partir de ahora; las copias de seguridad hechas antes todavía se abren con ella. Sus registros y las entradas de auditoría se conservan. Puede reactivar la cuenta más adelante con una nueva contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>{user} disabled. Their database login was stopped and their keys moved to new versions.</source>
        <translation>{user}: cuenta desactivada. Su acceso a la base de datos se ha desactivado y sus claves han pasado a nuevas versiones.</translation>
    </message>
    <message>
        <source>{user} disabled. The vault key was replaced and their keys moved to new versions.</source>
        <translation>{user} desactivado/a. Se reemplazó la clave de la bóveda y sus claves pasaron a una nueva versión.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>la clave de recuperación</translation>
    </message>
    <message>
        <source>Warning: the key slots of {who} were left out of the new vault key, because their public keys were not bound to them (someone altered the vault&apos;s key file). Reset the password of each account named; a recovery key left out is made anew with onestop-cli admin new-recovery-key.</source>
        <translation>Atención: las ranuras de clave de {who} quedaron fuera de la nueva clave de la bóveda, porque sus claves públicas no estaban vinculadas a ellas (alguien modificó el archivo de claves de la bóveda). Restablezca la contraseña de cada cuenta nombrada; una clave de recuperación que quedó fuera se crea de nuevo con onestop-cli admin new-recovery-key.</translation>
    </message>
    <message>
        <source>{user}&apos;s account was changed and their keys moved, but the vault key could not be replaced: {reason} Until it is, their old password still opens the vault from an older copy of its key file. Sign out and in again, then run onestop-cli admin rotate-key; Verify the vault reports it until then.</source>
        <translation>La cuenta de {user} se modificó y sus claves pasaron a una nueva versión, pero no se pudo reemplazar la clave de la bóveda: {reason} Mientras no se reemplace, su contraseña anterior aún abre la bóveda con una copia antigua de su archivo de claves. Cierre la sesión y vuelva a iniciarla, y ejecute onestop-cli admin rotate-key; «Verificar la bóveda» lo indica hasta entonces.</translation>
    </message>
    <message>
        <source>Nothing was changed for {user}: {reason}</source>
        <translation>No se cambió nada para {user}: {reason}</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>{user} re-enabled.</source>
        <translation>{user} reactivada.</translation>
    </message>
    <message>
        <source>Reset the password of {user}?</source>
        <translation>¿Restablecer la contraseña de {user}?</translation>
    </message>
    <message>
        <source>Their current password stops working now; they sign in with the one-time password you will hand them and then choose a new one.</source>
        <translation>Su contraseña actual deja de funcionar ahora; iniciará sesión con la contraseña de un solo uso que usted le entregue y luego elegirá una nueva.</translation>
    </message>
    <message>
        <source>Resetting the password of {user}</source>
        <translation>Restableciendo la contraseña de {user}</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>Desactivando a {user}</translation>
    </message>
    <message>
        <source>Resetting the password, moving its keys and renewing its database login</source>
        <translation>Restableciendo la contraseña, moviendo sus claves y renovando su acceso a la base de datos</translation>
    </message>
    <message>
        <source>Resetting the password and moving its keys</source>
        <translation>Restableciendo la contraseña y pasando sus claves a una nueva versión</translation>
    </message>
    <message>
        <source>{user}: password reset.</source>
        <translation>{user}: contraseña restablecida.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <source>Actions agreed</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>&amp;Añadir una acción</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <source>Action {n}: {hint}</source>
        <translation>Acción {n}: {hint}</translation>
    </message>
    <message>
        <source>Action {n}: due</source>
        <translation>Acción {n}: fecha límite</translation>
    </message>
</context>
<context>
    <name>AddPerpetratorDialog</name>
    <message>
        <source>Perpetrator of this incident</source>
        <translation>Agresor de este incidente</translation>
    </message>
    <message>
        <source>Type his name (or what she calls him) and look for him on record: if he is already in a file, link him rather than recording him twice.</source>
        <translation>Escriba su nombre (o cómo lo llama ella) y búsquelo en los registros: si ya figura en un expediente, vincúlelo en lugar de registrarlo dos veces.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>e.g. husband, former partner, uncle</source>
        <translation>p. ej. esposo, expareja, tío</translation>
    </message>
    <message>
        <source>&amp;Relationship to her</source>
        <translation>&amp;Relación con ella</translation>
    </message>
    <message>
        <source>&amp;Description (if new)</source>
        <translation>&amp;Descripción (si es nuevo)</translation>
    </message>
    <message>
        <source>Perpetrator message</source>
        <translation>Mensaje sobre el agresor</translation>
    </message>
    <message>
        <source>&amp;Look on record</source>
        <translation>&amp;Buscar en los registros</translation>
    </message>
    <message>
        <source>Look on record</source>
        <translation>Buscar en los registros</translation>
    </message>
    <message>
        <source>&amp;On record under this name</source>
        <translation>Regis&amp;trados con este nombre</translation>
    </message>
    <message>
        <source>On record under this name</source>
        <translation>Registrados con este nombre</translation>
    </message>
    <message>
        <source>Lin&amp;k the one chosen</source>
        <translation>&amp;Vincular al elegido</translation>
    </message>
    <message>
        <source>Link the one chosen</source>
        <translation>Vincular al elegido</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;Añadir como nuevo</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Añadir como nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>On record: choose him and link him, or add him as new if none is him.</source>
        <translation>Ya registrado: elíjalo y vincúlelo, o añádalo como nuevo si ninguno es él.</translation>
    </message>
    <message>
        <source>No one is on record under this name: add him as new.</source>
        <translation>No hay nadie registrado con este nombre: añádalo como nuevo.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>La primera persona administradora</translation>
    </message>
    <message>
        <source>The administrator creates the staff accounts, makes backups and sees no survivor&apos;s record. Choose a password of at least 12 characters.</source>
        <translation>La persona administradora crea las cuentas del personal, hace las copias de seguridad y no ve ningún expediente de sobrevivientes. Elija una contraseña de al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nombre &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repetir la contraseña</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation>Creando la bóveda cifrada… tarda unos segundos.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Staff &amp;accounts</source>
        <translation>Cuentas del &amp;personal</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Backups and checks</source>
        <translation>&amp;Copias de seguridad y comprobaciones</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>Admitir en el albergue</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admitir</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;Referencia del caso</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>&amp;Cama</translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation>&amp;Hijos con ella</translation>
    </message>
    <message>
        <source>&amp;Planned exit</source>
        <translation>Salida &amp;prevista</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Add a partner agency</source>
        <translation>Añadir una entidad colaboradora</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>Ser&amp;vicios</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Sección</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>No vinculado a un incidente</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incidente</translation>
    </message>
    <message>
        <source>Incident it documents</source>
        <translation>Incidente que documenta</translation>
    </message>
    <message>
        <source>e.g. bruise, left forearm</source>
        <translation>p. ej., hematoma, antebrazo izquierdo</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date and time known</source>
        <translation>&amp;Fecha y hora conocidas</translation>
    </message>
    <message>
        <source>Taken &amp;at</source>
        <translation>Tomada &amp;el</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Taken &amp;by</source>
        <translation>Tomada &amp;por</translation>
    </message>
    <message>
        <source>e.g. left forearm, outer side</source>
        <translation>p. ej., antebrazo izquierdo, cara externa</translation>
    </message>
    <message>
        <source>Bod&amp;y site</source>
        <translation>&amp;Zona del cuerpo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>In&amp;jury number</source>
        <translation>Número de la &amp;lesión</translation>
    </message>
    <message>
        <source>Injury number in the injuries table</source>
        <translation>Número de la lesión en la tabla de lesiones</translation>
    </message>
    <message>
        <source>The file is encrypted into the vault. A photograph of her needs her consent to photography. The original file stays where it is: delete it there if it should not stay on this computer.</source>
        <translation>El archivo se cifra en la bóveda. Una fotografía suya necesita su consentimiento para fotografías. El archivo original se queda donde está: bórrelo allí si no debe quedarse en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Adjuntar</translation>
    </message>
    <message>
        <source>Photographs and PDF scans (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Fotografías y PDF escaneados (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {size} byte(s)</source>
        <translation>
            <numerusform>{name} · {size} byte</numerusform>
            <numerusform>{name} · {size} bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>SHA-256 {hash}: the file matches the fingerprint recorded when it was added.</source>
        <translation>SHA-256 {hash}: el archivo coincide con la huella registrada al añadirlo.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop photographs or PDF scans here, or</source>
        <translation>Suelte aquí fotografías o PDF escaneados, o</translation>
    </message>
    <message>
        <source>Your role reads these attachments but does not add any.</source>
        <translation>Su función permite leer estos adjuntos, pero no añadirlos.</translation>
    </message>
    <message>
        <source>A&amp;dd a file…</source>
        <translation>A&amp;ñadir un archivo…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Cannot show the thumbnails</source>
        <translation>No se pueden mostrar las miniaturas</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} por {who}</translation>
    </message>
    <message numerus="yes">
        <source>{n} byte(s)</source>
        <translation>
            <numerusform>{n} byte</numerusform>
            <numerusform>{n} bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>No se puede abrir el adjunto</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>todas las acciones</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>every section</source>
        <translation>todas las secciones</translation>
    </message>
    <message>
        <source>case reference</source>
        <translation>referencia del caso</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>Q&amp;ué</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>S&amp;ección</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>Audit trail export progress</source>
        <translation>Progreso de la exportación del registro de auditoría</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Código de la acción</translation>
    </message>
    <message>
        <source>Section code</source>
        <translation>Código de la sección</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest {limit} shown)</source>
        <translation>
            <numerusform>%n entrada (se muestran las {limit} más recientes)</numerusform>
            <numerusform>%n entradas (se muestran las {limit} más recientes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>Escribiendo el registro de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to {path}.</source>
        <translation>
            <numerusform>%n entrada escrita en {path}.</numerusform>
            <numerusform>%n entradas escritas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>No se pudo escribir el archivo en ese lugar.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>This workstation keeps no copy of the centre&apos;s records, so it makes no backups and restores none. The centre&apos;s server is backed up on the server machine: its IT person runs the command below there, as the server&apos;s postgres account, with an admin&apos;s password, and keeps the file away from the building. Section 5 of docs/SERVER.md describes it, and restoring.</source>
        <translation>Esta estación de trabajo no guarda ninguna copia de los expedientes del centro, así que no hace copias de seguridad ni las restaura. El servidor del centro se respalda en la máquina del servidor: su responsable de informática ejecuta allí el comando de abajo, con la cuenta postgres del servidor y la contraseña de una persona administradora, y guarda el archivo fuera del edificio. La sección 5 de docs/SERVER.md lo describe, y también la restauración.</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: it opens only with a staff password or the recovery key of its day. Keep a recent one away from this computer.</source>
        <translation>Una copia de seguridad es un único archivo cifrado: solo se abre con la contraseña de un miembro del personal o con la clave de recuperación de su fecha. Guarde una reciente lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Backup command on the server</source>
        <translation>Comando de copia de seguridad en el servidor</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>Hacer copia &amp;en…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia…</translation>
    </message>
    <message>
        <source>&amp;Verify the vault</source>
        <translation>&amp;Verificar la bóveda</translation>
    </message>
    <message>
        <source>&amp;Verify the server</source>
        <translation>&amp;Verificar el servidor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Earlier backups</source>
        <translation>Copias de seguridad anteriores</translation>
    </message>
    <message>
        <source>&amp;Earlier backups in the vault&apos;s folder</source>
        <translation>Copias de seguridad &amp;anteriores en la carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>Last backup of the server: none recorded yet. Ask its IT person.</source>
        <translation>Última copia de seguridad del servidor: ninguna registrada todavía. Consulte a su responsable de informática.</translation>
    </message>
    <message>
        <source>Last backup: none yet. Back up now, and keep a copy elsewhere.</source>
        <translation>Última copia de seguridad: ninguna todavía. Haga una copia ahora y guarde otra en otro lugar.</translation>
    </message>
    <message>
        <source>not a readable backup</source>
        <translation>copia de seguridad ilegible</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed and no file was left.</source>
        <translation>Cancelado: no se cambió nada y no quedó ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Backup written: {path} ({size} bytes, %n attachment(s)).</source>
        <translation>
            <numerusform>Copia escrita: {path} ({size} bytes, %n adjunto).</numerusform>
            <numerusform>Copia escrita: {path} ({size} bytes, %n adjuntos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Hacer copia en una carpeta</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>OneStop backups (*.onestop-backup)</source>
        <translation>Copias de OneStop (*.onestop-backup)</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The vault as it was before is kept in {path}.</source>
        <translation>Se restauró la copia de {when}. La bóveda tal como estaba se guarda en {path}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>A check failed: restore the latest sound backup and call support.</source>
        <translation>Una comprobación falló: restaure la última copia correcta y llame al soporte.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <source>Front and back outlines. Click to place an injury marker; drag to move it.</source>
        <translation>Siluetas de frente y de espalda. Haga clic para colocar una marca de lesión; arrástrela para moverla.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Break the glass</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message numerus="yes">
        <source>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for %n minutes, every read is flagged in the audit trail, and the manager reviews your reason.</source>
        <translation>
            <numerusform>Su función no ve esta sección. Ábrala solo si la atención de la sobreviviente lo requiere ahora. Queda abierta para usted durante %n minuto, cada lectura se señala en el registro de auditoría y la coordinación revisa su motivo.</numerusform>
            <numerusform>Su función no ve esta sección. Ábrala solo si la atención de la sobreviviente lo requiere ahora. Queda abierta para usted durante %n minutos, cada lectura se señala en el registro de auditoría y la coordinación revisa su motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section to open</source>
        <translation>Sección que abrir</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>Why you need it now (at least %n characters)</source>
        <translation>
            <numerusform>Por qué la necesita ahora (al menos %n carácter)</numerusform>
            <numerusform>Por qué la necesita ahora (al menos %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Open the section</source>
        <translation>&amp;Abrir la sección</translation>
    </message>
</context>
<context>
    <name>BreakGlassReview</name>
    <message>
        <source>Sections opened by break-glass, oldest first. Read the reason, look at the audit trail if you need to, and write what you found.</source>
        <translation>Secciones abiertas por acceso de emergencia, las más antiguas primero. Lea el motivo, consulte el registro de auditoría si lo necesita y escriba lo que encontró.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Break-glass accesses</source>
        <translation>Accesos de emergencia</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Review &amp;note:</source>
        <translation>&amp;Nota de revisión:</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Marcar como &amp;revisado</translation>
    </message>
    <message>
        <source>No break-glass access is waiting for review.</source>
        <translation>Ningún acceso de emergencia espera revisión.</translation>
    </message>
    <message>
        <source>Choose an access in the list first.</source>
        <translation>Elija primero un acceso de la lista.</translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation>Marcado como revisado.</translation>
    </message>
</context>
<context>
    <name>BundleChoices</name>
    <message>
        <source>Counselling notes, a bundle of their own</source>
        <translation>Notas de atención psicológica, una carpeta de documentos propia</translation>
    </message>
    <message>
        <source>Parts of the bundle, under sections A–F</source>
        <translation>Partes de la carpeta de documentos, en las secciones A a F</translation>
    </message>
    <message>
        <source>Sections of the bundle</source>
        <translation>Secciones de la carpeta de documentos para el tribunal</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Medico-legal reports left out</source>
        <translation>Informes médico-legales no incluidos</translation>
    </message>
    <message>
        <source>The cover will not show {missing}: the case has no legal matter or hearing that records it. Add them on the Legal tab first if the court needs them.</source>
        <translation>La portada no mostrará {missing}: el caso no tiene ningún asunto ni audiencia que lo registre. Añádalos primero en la pestaña Jurídico si el tribunal los necesita.</translation>
    </message>
    <message>
        <source>Incidents whose forensic examination has no opinion recorded: {incidents}. The medico-legal report of each is a draft, not ready to sign, and is left out of section D (its index says so). Record the examiner&apos;s opinion first if the court needs the report.</source>
        <translation>Incidentes cuyo examen forense no tiene ninguna opinión registrada: {incidents}. El informe médico-legal de cada uno es un borrador, no está listo para firmar, y queda fuera de la sección D (su índice lo indica). Registre primero la opinión de la examinadora si el tribunal necesita el informe.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Case summary for section A (printed above the chronology).</source>
        <translation>Resumen del caso para la sección A (se imprime encima de la cronología).</translation>
    </message>
    <message>
        <source>Medical encounters in &amp;full (else a summary table)</source>
        <translation>Consultas médicas &amp;completas (si no, una tabla resumen)</translation>
    </message>
    <message>
        <source>&amp;Name her refuge and where the incidents happened (the respondent is usually served this bundle)</source>
        <translation>&amp;Nombrar su refugio y dónde ocurrieron los incidentes (esta carpeta de documentos suele notificarse a la parte demandada)</translation>
    </message>
    <message>
        <source>Give her &amp;alias (it may be the name she now lives under): beside her legal name, or as her name when none is recorded</source>
        <translation>Dar su &amp;alias (puede ser el nombre con el que vive ahora): junto a su nombre legal, o como su nombre cuando no consta ninguno</translation>
    </message>
    <message>
        <source>Why the counselling notes are relevant</source>
        <translation>Por qué las notas de atención psicológica son pertinentes</translation>
    </message>
    <message>
        <source>Why her counselling notes are relevant to these proceedings (printed at the head of the notes).</source>
        <translation>Por qué sus notas de atención psicológica son pertinentes para este procedimiento (se imprime al principio de las notas).</translation>
    </message>
    <message>
        <source>Court, for the counselling notes bundle&apos;s cover</source>
        <translation>Juzgado, para la portada de la carpeta de documentos de notas de atención psicológica</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Juzgado:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Número de causa:</translation>
    </message>
    <message>
        <source>Hearing (date, time):</source>
        <translation>Audiencia (fecha, hora):</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Juez:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <source>Tick at least one section for the bundle.</source>
        <translation>Marque al menos una sección para la carpeta de documentos.</translation>
    </message>
</context>
<context>
    <name>CaseFileHeader</name>
    <message>
        <source>Name sealed: waiting for a colleague to confirm you</source>
        <translation>Nombre sellado: esperando la confirmación de una colega</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>edad desconocida</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe phone: {p}</source>
        <translation>Teléfono seguro: {p}</translation>
    </message>
    <message>
        <source>text messages are safe</source>
        <translation>los mensajes de texto son seguros</translation>
    </message>
    <message>
        <source>do not send text messages</source>
        <translation>no enviar mensajes de texto</translation>
    </message>
    <message>
        <source>code word: {w}</source>
        <translation>palabra clave: {w}</translation>
    </message>
    <message>
        <source>HIGH RISK (score {n})</source>
        <translation>RIESGO ALTO (puntuación {n})</translation>
    </message>
    <message>
        <source>Referred to the case conference</source>
        <translation>Derivada a la reunión de coordinación</translation>
    </message>
    <message>
        <source>In shelter</source>
        <translation>En el albergue</translation>
    </message>
    <message>
        <source>{section} open by break-glass until {time}</source>
        <translation>{section} abierta por acceso de emergencia hasta {time}</translation>
    </message>
    <message>
        <source>{incident}:</source>
        <translation>{incident}:</translation>
    </message>
    <message>
        <source>{incident}: clinical windows closed</source>
        <translation>{incident}: plazos clínicos cerrados</translation>
    </message>
    <message>
        <source>Show or hide the windows that closed</source>
        <translation>Mostrar u ocultar los plazos cerrados</translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Sections of the file</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation>Acceso de &amp;emergencia…</translation>
    </message>
    <message>
        <source>Break the glass</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Open a section your role does not see, with a reason the manager reviews</source>
        <translation>Abrir una sección que su función no ve, con un motivo que revisa la coordinación</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
    <message>
        <source>{title} (break-glass)</source>
        <translation>{title} (acceso de emergencia)</translation>
    </message>
    <message>
        <source>Languages (separated by commas)</source>
        <translation>Idiomas (separados por comas)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>Teléfono seguro</translation>
    </message>
    <message>
        <source>Messages allowed</source>
        <translation>Mensajes permitidos</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Safe contact notes</source>
        <translation>Notas sobre el contacto seguro</translation>
    </message>
    <message>
        <source>Not known (not in the register)</source>
        <translation>Desconocida (no consta en el registro)</translation>
    </message>
    <message>
        <source>Imported from a register</source>
        <translation>Importado de un registro</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Identificador en el registro</translation>
    </message>
    <message>
        <source>No caseworker yet</source>
        <translation>Aún sin gestor/a del caso</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Time known</source>
        <translation>Hora conocida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Agresor</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Editar el incidente</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>Registrado por error</translation>
    </message>
    <message>
        <source>Entered in error: {reason}</source>
        <translation>Registrado por error: {reason}</translation>
    </message>
    <message>
        <source>Mark as entered in error…</source>
        <translation>Marcar como registrado por error…</translation>
    </message>
    <message>
        <source>Not entered in error…</source>
        <translation>No registrado por error…</translation>
    </message>
    <message>
        <source>Clear the mark: the incident counts again</source>
        <translation>Quitar la marca: el incidente vuelve a contar</translation>
    </message>
    <message>
        <source>Add a &amp;perpetrator…</source>
        <translation>Añadir un a&amp;gresor…</translation>
    </message>
    <message>
        <source>Name who did it: linked if he is on record, else added</source>
        <translation>Nombrar al agresor: vinculado si ya está registrado, si no, añadido</translation>
    </message>
    <message>
        <source>The incident stays in her file with its history, but no longer counts: no clinical windows, statistics or documents. Say why.</source>
        <translation>El incidente permanece en su expediente con su historial, pero deja de contar: ni ventanas clínicas, ni estadísticas, ni documentos. Indique el motivo.</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>Marcar como registrado por error</translation>
    </message>
    <message>
        <source>Not entered in error</source>
        <translation>No registrado por error</translation>
    </message>
    <message>
        <source>The incident counts again. Say why the mark was wrong.</source>
        <translation>El incidente vuelve a contar. Indique por qué la marca era errónea.</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dado por</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Not for an agency</source>
        <translation>No es para una entidad</translation>
    </message>
    <message>
        <source>Agency as typed</source>
        <translation>Entidad tal como se escribió</translation>
    </message>
    <message>
        <source>New consent decision</source>
        <translation>Nueva decisión de consentimiento</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Opinion on the findings</source>
        <translation>Opinión sobre los hallazgos</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recogida el</translation>
    </message>
    <message>
        <source>{name} (no longer on the staff)</source>
        <translation>{name} (ya no forma parte del personal)</translation>
    </message>
    <message>
        <source>{name} (not on the centre&apos;s staff)</source>
        <translation>{name} (no forma parte del personal del centro)</translation>
    </message>
    <message>
        <source>Add an e&amp;xamination…</source>
        <translation>Añadir un e&amp;xamen…</translation>
    </message>
    <message>
        <source>Edit the exa&amp;mination…</source>
        <translation>Editar el exame&amp;n…</translation>
    </message>
    <message>
        <source>Add a s&amp;pecimen…</source>
        <translation>Añadir una &amp;muestra…</translation>
    </message>
    <message>
        <source>Edit the spe&amp;cimen…</source>
        <translation>Editar la mue&amp;stra…</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>En poder de</translation>
    </message>
    <message>
        <source>New hand-over</source>
        <translation>Nueva entrega</translation>
    </message>
    <message>
        <source>Add a hand-o&amp;ver…</source>
        <translation>Añadir una en&amp;trega…</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>Forense</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada el</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Print the counselling notes &amp;bundle for court…</source>
        <translation>Imprimir la &amp;carpeta de documentos de notas de atención psicológica para el tribunal…</translation>
    </message>
    <message>
        <source>New counselling session</source>
        <translation>Nueva sesión de atención psicológica</translation>
    </message>
    <message>
        <source>Edit counselling session</source>
        <translation>Editar la sesión de atención psicológica</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>Notas de atención psicológica</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Editar la tarea</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>Riesgo y seguridad</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Sesiones de atención psicológica</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>About the children</source>
        <translation>Sobre los hijos</translation>
    </message>
    <message>
        <source>From (or at)</source>
        <translation>Desde (o el)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Agresores</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
    <message>
        <source>Consent decisions (a withdrawal is a new decision)</source>
        <translation>Decisiones de consentimiento (una retirada es una nueva decisión)</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gestor/a del caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Atendida el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Health encounters</source>
        <translation>Consultas médicas</translation>
    </message>
    <message>
        <source>&amp;Record an encounter…</source>
        <translation>&amp;Registrar una consulta…</translation>
    </message>
    <message>
        <source>&amp;Correct the selected encounter…</source>
        <translation>&amp;Corregir la consulta seleccionada…</translation>
    </message>
    <message>
        <source>Correct the selected encounter</source>
        <translation>Corregir la consulta seleccionada</translation>
    </message>
    <message>
        <source>Marked as entered in error: clear the mark before correcting it.</source>
        <translation>Marcada como registrada por error: quite la marca antes de corregirla.</translation>
    </message>
    <message>
        <source>Print the &amp;medico-legal report…</source>
        <translation>Imprimir el informe &amp;médico-legal…</translation>
    </message>
    <message>
        <source>Clear the mark: the encounter counts again</source>
        <translation>Quitar la marca: la consulta vuelve a contar</translation>
    </message>
    <message>
        <source>The encounter stays in her file with its history, but no longer counts: its doses do not meet the clinical windows, and it is left out of the medico-legal report and the statistics. Say why.</source>
        <translation>La consulta permanece en su expediente con su historial, pero deja de contar: sus dosis ya no cuentan para los plazos clínicos y queda fuera del informe médico-legal y de las estadísticas. Indique el motivo.</translation>
    </message>
    <message>
        <source>The encounter counts again. Say why the mark was wrong.</source>
        <translation>La consulta vuelve a contar. Indique por qué la marca era errónea.</translation>
    </message>
    <message>
        <source>Discard the encounter?</source>
        <translation>¿Descartar la consulta?</translation>
    </message>
    <message>
        <source>What you typed in this encounter has not been saved.</source>
        <translation>Lo que escribió en esta consulta no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>Sin vínculo con un incidente</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado el</translation>
    </message>
    <message>
        <source>Examiner (signs the report)</source>
        <translation>Examinador (firma el informe)</translation>
    </message>
    <message>
        <source>Name of an examiner not on the centre&apos;s staff</source>
        <translation>Nombre de un examinador que no forma parte del personal del centro</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Not on the centre&apos;s staff</source>
        <translation>No forma parte del personal del centro</translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Recogida por</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>New examination</source>
        <translation>Nuevo examen</translation>
    </message>
    <message>
        <source>Edit examination</source>
        <translation>Editar el examen</translation>
    </message>
    <message>
        <source>New specimen</source>
        <translation>Nueva muestra</translation>
    </message>
    <message>
        <source>Edit specimen</source>
        <translation>Editar la muestra</translation>
    </message>
    <message>
        <source>Chain of custody (hand-overs are never edited)</source>
        <translation>Cadena de custodia (las entregas nunca se modifican)</translation>
    </message>
    <message>
        <source>Print the court &amp;bundle…</source>
        <translation>Imprimir la &amp;carpeta de documentos para el tribunal…</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Asuntos</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Referencia policial</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juzgado</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de causa</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Demandado</translation>
    </message>
    <message>
        <source>New legal matter</source>
        <translation>Nuevo asunto jurídico</translation>
    </message>
    <message>
        <source>Edit legal matter</source>
        <translation>Editar el asunto jurídico</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>New protection order</source>
        <translation>Nueva orden de protección</translation>
    </message>
    <message>
        <source>Edit protection order</source>
        <translation>Editar la orden de protección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>Nueva audiencia</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Editar la audiencia</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Órdenes de protección</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Dictada el</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Age group (if no date of birth)</source>
        <translation>Grupo de edad (si no hay fecha de nacimiento)</translation>
    </message>
    <message>
        <source>Known addresses</source>
        <translation>Direcciones conocidas</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armas</translation>
    </message>
    <message>
        <source>Bail or order conditions</source>
        <translation>Condiciones de libertad u orden</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>&amp;Edit {name}…</source>
        <translation>&amp;Editar {name}…</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gestor/a del caso</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>name sealed: waiting for a colleague to confirm you</source>
        <translation>nombre sellado: esperando la confirmación de una colega</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Open and closed</source>
        <translation>Abiertos y cerrados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message numerus="yes">
        <source>%n+ cases, more as you scroll</source>
        <translation>
            <numerusform>%n+ casos, más al desplazarse</numerusform>
            <numerusform>%n+ casos, más al desplazarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>Buscar un caso</translation>
    </message>
    <message>
        <source>Name, alias, reference, phone, date of birth…</source>
        <translation>Nombre, alias, referencia, teléfono, fecha de nacimiento…</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation>Solo mis casos</translation>
    </message>
    <message>
        <source>In s&amp;helter</source>
        <translation>En el al&amp;bergue</translation>
    </message>
    <message>
        <source>Only cases in shelter</source>
        <translation>Solo los casos en el albergue</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Estado del caso</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nuevo ingreso…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nuevo ingreso</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>Número de casos mostrados</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Welcome to OneStop</source>
        <translation>Bienvenida a OneStop</translation>
    </message>
    <message>
        <source>This workstation has no OneStop vault yet. The vault keeps every record encrypted; these steps create it and its first administrator.</source>
        <translation>Este puesto aún no tiene bóveda de OneStop. La bóveda guarda cifrados todos los registros; estos pasos la crean junto con su primera persona administradora.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>&amp;Centre name</source>
        <translation>Nombre del &amp;centro</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation>Indique el nombre del centro tal como debe figurar en los documentos.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>You signed in with a one-time password. Choose your own before you go on: at least 12 characters; a few unrelated words make a strong password.</source>
        <translation>Ha iniciado sesión con una contraseña de un solo uso. Elija la suya antes de continuar: al menos 12 caracteres; unas pocas palabras sin relación entre sí forman una contraseña fuerte.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>At least 12 characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation>Al menos 12 caracteres. Unas pocas palabras sin relación forman una contraseña fuerte y fácil de recordar.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repítala</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>Mensaje sobre la contraseña</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Juicio profesional</translation>
    </message>
    <message>
        <source>Agree with the score</source>
        <translation>De acuerdo con la puntuación</translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation>Elevar a {level}</translation>
    </message>
    <message>
        <source>Why your judgement raises the level</source>
        <translation>Por qué su juicio eleva el nivel</translation>
    </message>
    <message>
        <source>Professional &amp;judgement</source>
        <translation>&amp;Juicio profesional</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Guardar la valoración</translation>
    </message>
    <message>
        <source>Score so far: {yes} of {n} ({level}); </source>
        <translation>Puntuación hasta ahora: {yes} de {n} ({level}); </translation>
    </message>
    <message numerus="yes">
        <source>%n still to answer</source>
        <translation>
            <numerusform>falta %n por responder</numerusform>
            <numerusform>faltan %n por responder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyTable</name>
    <message>
        <source>C&amp;hronology for section A (edit, add or remove rows)</source>
        <translation>C&amp;ronología de la sección A (modifique, añada o quite filas)</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>Añadir una &amp;fila</translation>
    </message>
    <message>
        <source>Remo&amp;ve the row</source>
        <translation>&amp;Quitar la fila</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>fecha no registrada</translation>
    </message>
</context>
<context>
    <name>ConferencesView</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;Planificar una reunión…</translation>
    </message>
    <message>
        <source>Due for review (heard 12 months ago)</source>
        <translation>Pendiente de revisión (tratado hace 12 meses)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>You see the cases on the agenda you are the caseworker of. The manager, who runs the meeting, sees every case, and prints the whole pack and minutes.</source>
        <translation>Usted ve los casos del orden del día de los que es la trabajadora social responsable. La gerente, que dirige la reunión, ve todos los casos e imprime el dossier y el acta completos.</translation>
    </message>
    <message>
        <source>A case on the agenda is shown only to the manager, who runs the meeting, and to the case&apos;s own caseworker; cases are held by caseworkers, so none is shown to you here. The manager prints the whole pack and minutes.</source>
        <translation>Un caso del orden del día solo lo ven la gerente, que dirige la reunión, y la trabajadora social del caso; los casos los llevan las trabajadoras sociales, así que aquí no se le muestra ninguno. La gerente imprime el dossier y el acta completos.</translation>
    </message>
    <message>
        <source>You read the conferences: caseworkers, legal advocates and the manager record what a meeting decides.</source>
        <translation>Usted consulta las conferencias: las trabajadoras sociales, las asesoras jurídicas y la gerente registran lo que decide una reunión.</translation>
    </message>
    <message>
        <source>Latest risk</source>
        <translation>Último riesgo</translation>
    </message>
    <message>
        <source>Actions carried</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Motivo de inclusión en el orden del día</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actions carried from earlier meetings</source>
        <translation>Acciones pendientes de reuniones anteriores</translation>
    </message>
    <message>
        <source>&amp;Hear the selected case…</source>
        <translation>&amp;Tratar el caso seleccionado…</translation>
    </message>
    <message>
        <source>What became of the action</source>
        <translation>Qué pasó con la acción</translation>
    </message>
    <message>
        <source>if not done or no longer possible</source>
        <translation>si no se hizo o ya no es posible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>Re&amp;ferral…</source>
        <translation>&amp;Derivación…</translation>
    </message>
    <message>
        <source>Who referred the selected case to the meeting, and when</source>
        <translation>Quién derivó el caso elegido a la reunión, y cuándo</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>&amp;Registrar el resultado</translation>
    </message>
    <message>
        <source>Print the &amp;pack…</source>
        <translation>Imprimir el &amp;dosier…</translation>
    </message>
    <message>
        <source>The agenda and the actions outstanding, per agency</source>
        <translation>El orden del día y las acciones pendientes, por entidad</translation>
    </message>
    <message>
        <source>Print the min&amp;utes…</source>
        <translation>Imprimir el ac&amp;ta…</translation>
    </message>
    <message>
        <source>Who was there, and each case&apos;s actions reviewed and agreed</source>
        <translation>Quién asistió y, por caso, las acciones revisadas y acordadas</translation>
    </message>
    <message>
        <source>&amp;Close the minutes</source>
        <translation>&amp;Cerrar el acta</translation>
    </message>
    <message>
        <source>{day}, {time} · {state}
{venue}</source>
        <translation>{day}, {time} · {state}
{venue}</translation>
    </message>
    <message>
        <source>venue not recorded</source>
        <translation>lugar no registrado</translation>
    </message>
    <message>
        <source>minutes closed</source>
        <translation>acta cerrada</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>Todavía no hay ninguna reunión planificada.</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>hora no registrada</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Meeting of {day} — {agencies}</source>
        <translation>Reunión del {day} — {agencies}</translation>
    </message>
    <message>
        <source>agencies not listed</source>
        <translation>entidades no indicadas</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>Revisión de acciones</translation>
    </message>
    <message>
        <source>None of your cases is on this meeting: the manager, who runs the meeting, prints it.</source>
        <translation>Ninguno de sus casos está en esta reunión: la gerente, que dirige la reunión, lo imprime.</translation>
    </message>
    <message>
        <source>This meeting&apos;s minutes are closed.</source>
        <translation>El acta de esta reunión está cerrada.</translation>
    </message>
    <message>
        <source>Nothing on this meeting&apos;s agenda for this.</source>
        <translation>Nada en el orden del día de esta reunión para esto.</translation>
    </message>
    <message>
        <source>None of your cases is on this meeting: the manager, who runs the meeting, or the case&apos;s own caseworker records it.</source>
        <translation>Ninguno de sus casos está en esta reunión: lo registra la gerente, que dirige la reunión, o la trabajadora social del caso.</translation>
    </message>
    <message>
        <source>These cases did not consent to sharing with every agency at the meeting, and only a manager may decide to share without consent: {cases}. Ask a manager.</source>
        <translation>Estas sobrevivientes no consintieron compartir con todos los organismos presentes en la reunión, y solo una responsable puede decidir compartir sin consentimiento: {cases}. Pida a una responsable.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Elija primero una reunión.</translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation>Escrito: {path}.</translation>
    </message>
    <message>
        <source>Choose a case on the agenda first.</source>
        <translation>Elija primero un caso del orden del día.</translation>
    </message>
    <message>
        <source>{ref} heard.</source>
        <translation>{ref} tratado.</translation>
    </message>
    <message>
        <source>{ref} is on the agenda for its actions only: it has no referral.</source>
        <translation>{ref} está en el orden del día solo por sus acciones: no tiene derivación.</translation>
    </message>
    <message>
        <source>Choose an action carried from the last meeting.</source>
        <translation>Elija una acción pendiente de la última reunión.</translation>
    </message>
    <message>
        <source>Close the minutes?</source>
        <translation>¿Cerrar el acta?</translation>
    </message>
    <message>
        <source>Closed minutes cannot be changed. Actions still open, or not done, are carried to the next meeting.</source>
        <translation>Un acta cerrada no se puede cambiar. Las acciones aún abiertas, o no realizadas, pasan a la siguiente reunión.</translation>
    </message>
    <message>
        <source>Close the minutes</source>
        <translation>Cerrar el acta</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>ConfirmColleaguesDialog</name>
    <message>
        <source>Confirm colleagues</source>
        <translation>Confirmar colegas</translation>
    </message>
    <message>
        <source>These colleagues wait for keys you hold before they can read survivors&apos; records. Confirm someone only in person: ask them to read aloud the fingerprint on their home screen, and type it below.</source>
        <translation>Estos colegas esperan claves que usted tiene para poder leer los registros de las sobrevivientes. Confirme a alguien solo en persona: pídale que lea en voz alta la huella que aparece en su pantalla de inicio y escríbala abajo.</translation>
    </message>
    <message>
        <source>&amp;Waiting colleagues</source>
        <translation>Colegas en &amp;espera</translation>
    </message>
    <message>
        <source>Waiting colleagues</source>
        <translation>Colegas en espera</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read to you</source>
        <translation>&amp;Huella leída en voz alta</translation>
    </message>
    <message>
        <source>Fingerprint read to you</source>
        <translation>Huella leída en voz alta</translation>
    </message>
    <message>
        <source>eight groups of four letters and digits</source>
        <translation>ocho grupos de cuatro letras y cifras</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>Mensaje de confirmación</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>{name} ({user}), {role}</source>
        <translation>{name} ({user}), {role}</translation>
    </message>
    <message>
        <source>No one is waiting for keys you hold.</source>
        <translation>Nadie espera claves que usted tenga.</translation>
    </message>
    <message>
        <source>Confirming {name} gives them the keys to: {sections}.</source>
        <translation>Confirmar a {name} le da las claves de: {sections}.</translation>
    </message>
    <message>
        <source>{name} is confirmed and can read {sections} from their next sign-in.</source>
        <translation>{name} queda confirmado/a y podrá leer {sections} desde su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConfirmNotice</name>
    <message>
        <source>Colleagues are waiting for you to confirm them: {names}.</source>
        <translation>Hay colegas esperando que usted los confirme: {names}.</translation>
    </message>
    <message>
        <source>Colleagues waiting</source>
        <translation>Colegas en espera</translation>
    </message>
    <message>
        <source>Con&amp;firm colleagues…</source>
        <translation>Con&amp;firmar colegas…</translation>
    </message>
    <message>
        <source>Confirm colleagues</source>
        <translation>Confirmar colegas</translation>
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
        <translation>{w}: tratamiento administrado</translation>
    </message>
    <message>
        <source>{w}: incident time not known</source>
        <translation>{w}: hora del incidente desconocida</translation>
    </message>
    <message>
        <source>{w}: window closed</source>
        <translation>{w}: plazo vencido</translation>
    </message>
    <message>
        <source>{w}: may have closed, up to {t} left</source>
        <translation>{w}: puede haber vencido, quedan hasta {t}</translation>
    </message>
    <message>
        <source>{w}: {a} to {b} left</source>
        <translation>{w}: quedan de {a} a {b}</translation>
    </message>
    <message>
        <source>{w}: {t} left</source>
        <translation>{w}: quedan {t}</translation>
    </message>
    <message>
        <source>Counted from: {incident}</source>
        <translation>Contado desde: {incident}</translation>
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
            <numerusform>%n carácter escrito, como máximo {most}</numerusform>
            <numerusform>%n caracteres escritos, como máximo {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>{typed}/{least}</source>
        <translation>{typed}/{least}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed, at least {least}</source>
        <translation>
            <numerusform>%n carácter escrito, al menos {least}</numerusform>
            <numerusform>%n caracteres escritos, al menos {least}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverView</name>
    <message>
        <source>Blank screen</source>
        <translation>Pantalla oculta</translation>
    </message>
    <message>
        <source>Press any key to continue</source>
        <translation>Pulse cualquier tecla para continuar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong inside OneStop and the action was not completed. The details (without any survivor data) are in the log: {path}</source>
        <translation>Algo falló dentro de OneStop y la acción no se completó. Los detalles (sin ningún dato de sobrevivientes) están en el registro: {path}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>time not known</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} y {end}</translation>
    </message>
    <message>
        <source>{treatment}: incident time not known</source>
        <translation>{treatment}: hora del incidente desconocida</translation>
    </message>
    <message>
        <source>{treatment} {hours} h after the incident</source>
        <translation>{treatment} {hours} h después del incidente</translation>
    </message>
    <message>
        <source>{treatment} {low}-{high} h after the incident</source>
        <translation>{treatment} entre {low} y {high} h después del incidente</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <source>no cases in the period</source>
        <translation>ningún caso en el período</translation>
    </message>
    <message>
        <source>not shown (small numbers)</source>
        <translation>no se muestra (números pequeños)</translation>
    </message>
    <message>
        <source>{n} of {total} ({percent} %)</source>
        <translation>{n} de {total} ({percent} %)</translation>
    </message>
    <message>
        <source>0–3 days</source>
        <translation>0 a 3 días</translation>
    </message>
    <message>
        <source>4–5 days</source>
        <translation>4 a 5 días</translation>
    </message>
    <message>
        <source>6–14 days</source>
        <translation>6 a 14 días</translation>
    </message>
    <message>
        <source>2 weeks – 1 month</source>
        <translation>2 semanas a 1 mes</translation>
    </message>
    <message>
        <source>Over 1 month</source>
        <translation>Más de 1 mes</translation>
    </message>
    <message>
        <source>Intimate partner or former partner</source>
        <translation>Pareja íntima o expareja</translation>
    </message>
    <message>
        <source>Family member or caregiver</source>
        <translation>Familiar o cuidador</translation>
    </message>
    <message>
        <source>Someone she knows (friend, neighbour, work)</source>
        <translation>Alguien que ella conoce (amistad, vecindad, trabajo)</translation>
    </message>
    <message>
        <source>No relation (stranger)</source>
        <translation>Sin relación (desconocido)</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Otro o no registrado</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Three or more</source>
        <translation>Tres o más</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Date of the incident not known</source>
        <translation>Fecha del incidente desconocida</translation>
    </message>
    <message>
        <source>Incidents reported, by GBVIMS core type</source>
        <translation>Incidentes notificados, por tipo principal del GBVIMS</translation>
    </message>
    <message>
        <source>Incidents reported, by context</source>
        <translation>Incidentes notificados, por contexto</translation>
    </message>
    <message>
        <source>Incidents reported, by the survivor&apos;s age</source>
        <translation>Incidentes notificados, por edad de la sobreviviente</translation>
    </message>
    <message>
        <source>Incidents reported, by the survivor&apos;s sex</source>
        <translation>Incidentes notificados, por sexo de la sobreviviente</translation>
    </message>
    <message>
        <source>Incidents reported, by month</source>
        <translation>Incidentes notificados, por mes</translation>
    </message>
    <message>
        <source>Time between the incident and its report</source>
        <translation>Tiempo entre el incidente y su denuncia</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s relationship to the survivor</source>
        <translation>Relación del presunto agresor con la sobreviviente</translation>
    </message>
    <message>
        <source>Number of alleged perpetrators</source>
        <translation>Número de presuntos agresores</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s age group</source>
        <translation>Grupo de edad del presunto agresor</translation>
    </message>
    <message>
        <source>Each incident once, by its primary (first recorded) alleged perpetrator: his age on the day of the incident, or his age group when only that is known.</source>
        <translation>Cada incidente una vez, según su presunto agresor principal (el primero registrado): su edad el día del incidente, o su grupo de edad cuando solo se conoce este.</translation>
    </message>
    <message>
        <source>New and returning survivors</source>
        <translation>Sobrevivientes nuevas y que regresan</translation>
    </message>
    <message>
        <source>New (case opened in the period)</source>
        <translation>Nueva (caso abierto en el período)</translation>
    </message>
    <message>
        <source>Returning (case opened before)</source>
        <translation>Que regresa (caso abierto antes)</translation>
    </message>
    <message>
        <source>Survivors with a disability</source>
        <translation>Sobrevivientes con discapacidad</translation>
    </message>
    <message>
        <source>A disability is recorded</source>
        <translation>Hay una discapacidad registrada</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguna registrada</translation>
    </message>
    <message>
        <source>Survivors who received each service in the period</source>
        <translation>Sobrevivientes que recibieron cada servicio en el período</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Sobrevivientes</translation>
    </message>
    <message>
        <source>A survivor may receive several services, so the rows have no total.</source>
        <translation>Una sobreviviente puede recibir varios servicios, por lo que las filas no tienen total.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by the agency&apos;s sector</source>
        <translation>Derivaciones hechas en el período, por sector de la entidad</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Agency not in the directory</source>
        <translation>Entidad que no figura en el directorio</translation>
    </message>
    <message>
        <source>Completed: the agency reported the service given (by the date of this document).</source>
        <translation>Completadas: la entidad informó del servicio prestado (a la fecha de este documento).</translation>
    </message>
    <message>
        <source>Rape survivors</source>
        <translation>Sobrevivientes de violación</translation>
    </message>
    <message>
        <source>Started PEP within {window} h</source>
        <translation>PEP iniciada en {window} h</translation>
    </message>
    <message>
        <source>Not within, or not recorded</source>
        <translation>Fuera de plazo, o no registrado</translation>
    </message>
    <message>
        <source>Rape survivors who started PEP within {window} h of the incident</source>
        <translation>Sobrevivientes de violación que iniciaron la PEP en las {window} h siguientes al incidente</translation>
    </message>
    <message>
        <source>Counts from 1 to {highest} are shown as {small}; a count marked {secondary} is hidden so that a small count cannot be worked out from the total.</source>
        <translation>Los recuentos de 1 a {highest} se muestran como {small}; un recuento marcado {secondary} se oculta para que no pueda deducirse un recuento pequeño a partir del total.</translation>
    </message>
    <message>
        <source>Only survivors whose consent to anonymised statistics is in force are counted.</source>
        <translation>Solo se cuentan las sobrevivientes cuyo consentimiento para estadísticas anonimizadas está vigente.</translation>
    </message>
    <message>
        <source>PEP within {hours} h counts only doses certainly given in the window: when the incident time is a range, from its earliest moment.</source>
        <translation>La PEP en {hours} h solo cuenta las dosis administradas con certeza dentro del plazo: cuando la hora del incidente es un intervalo, desde su primer momento.</translation>
    </message>
    <message>
        <source>Incident {n}</source>
        <translation>Incidente {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Reported to police</source>
        <translation>Denunciado a la policía</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n medical encounter(s), summarised; the full record of each is available on request.</source>
        <translation>
            <numerusform>%n consulta médica, resumida; su registro completo está disponible a petición.</numerusform>
            <numerusform>%n consultas médicas, resumidas; el registro completo de cada una está disponible a petición.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>no vigente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Preliminary documents</source>
        <translation>Documentos preliminares</translation>
    </message>
    <message>
        <source>Applications and orders</source>
        <translation>Solicitudes y órdenes</translation>
    </message>
    <message>
        <source>Statements and witness evidence</source>
        <translation>Declaraciones y testimonios</translation>
    </message>
    <message>
        <source>Medical and forensic reports</source>
        <translation>Informes médicos y forenses</translation>
    </message>
    <message>
        <source>Photographs and exhibits</source>
        <translation>Fotografías y piezas de convicción</translation>
    </message>
    <message>
        <source>Other documents: the centre&apos;s records</source>
        <translation>Otros documentos: los registros del centro</translation>
    </message>
    <message>
        <source>Counselling notes disclosed with her consent</source>
        <translation>Notas de atención psicológica divulgadas con su consentimiento</translation>
    </message>
    <message>
        <source>Section {letter}: {title}</source>
        <translation>Sección {letter}: {title}</translation>
    </message>
    <message>
        <source>not included, no opinion recorded (draft)</source>
        <translation>no incluido, sin opinión registrada (borrador)</translation>
    </message>
    <message>
        <source>not included, she has not consented to the use of her records in court</source>
        <translation>no incluido, ella no ha consentido el uso de sus registros ante el tribunal</translation>
    </message>
    <message>
        <source>The examiner has recorded no opinion on the findings of this incident&apos;s forensic examination: its medico-legal report is a draft, not ready to sign, and a draft is not put before a court. The report exists; once the examiner records an opinion it can be exported and signed, and added to this bundle.</source>
        <translation>La persona que realizó el examen no ha registrado ninguna opinión sobre los hallazgos del examen forense de este incidente: su informe médico-legal es un borrador, no está listo para firmar, y un borrador no se presenta ante un tribunal. El informe existe; cuando se registre una opinión podrá exportarse, firmarse y añadirse a esta carpeta de documentos.</translation>
    </message>
    <message>
        <source>A medico-legal report goes to court only with her consent to the use of her records in court, as the report exported on its own does; the ledger does not record that consent as standing, and a manager&apos;s authority to export this bundle does not extend to it. The report exists and is not included.</source>
        <translation>Un informe médico-legal va al tribunal solo con su consentimiento para el uso de sus registros ante el tribunal, como el informe exportado por separado; el registro no muestra ese consentimiento como vigente, y la autorización de una responsable para exportar esta carpeta de documentos no se extiende al informe. El informe existe y no se incluye.</translation>
    </message>
    <message>
        <source>Index (continued)</source>
        <translation>Índice (continuación)</translation>
    </message>
    <message>
        <source>A bundle of its own, separate from the court bundle: the counselling notes she consented to disclose to the court. Its pages are numbered CN1, CN2 … and are not pages of the court bundle.</source>
        <translation>Una carpeta de documentos propia, separada de la carpeta de documentos para el tribunal: las notas de atención psicológica que ella consintió en divulgar al tribunal. Sus páginas se numeran CN1, CN2 … y no son páginas de la carpeta de documentos para el tribunal.</translation>
    </message>
    <message>
        <source>Arranged as Practice Direction 27A asks: A preliminary documents (case summary and chronology); B applications and orders (protection orders, hearings); C statements; D medical and forensic reports (medical record, forensic examination, chain of custody); E photographs and exhibits; F other documents (the centre&apos;s incident records). Pages are numbered within each section: A1, A2 … B1 …; sections with nothing in them are left out. Counselling notes, when disclosed, are a separate bundle (CN1 …).</source>
        <translation>Ordenado según la Practice Direction 27A: A documentos preliminares (resumen del caso y cronología); B solicitudes y órdenes (órdenes de protección, audiencias); C declaraciones; D informes médicos y forenses (historia clínica, examen forense, cadena de custodia); E fotografías y piezas de convicción; F otros documentos (registros de incidentes del centro). Las páginas se numeran dentro de cada sección: A1, A2 … B1 …; las secciones vacías se omiten. Las notas de atención psicológica, cuando se divulgan, forman una carpeta de documentos aparte (CN1 …).</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Medico-legal report for incident {n}, examination {k}</source>
        <translation>Informe médico-legal del incidente {n}, examen {k}</translation>
    </message>
    <message>
        <source>Medico-legal report for incident {n}</source>
        <translation>Informe médico-legal del incidente {n}</translation>
    </message>
    <message>
        <source>{title}: {why}</source>
        <translation>{title}: {why}</translation>
    </message>
    <message>
        <source>{title} ({number}, version {version})</source>
        <translation>{title} ({number}, versión {version})</translation>
    </message>
    <message>
        <source>Medical encounters</source>
        <translation>Consultas médicas</translation>
    </message>
    <message>
        <source>The examination for incident {n}, seen on {when}, is drawn in full in its medico-legal report ({number}) and is not repeated here.</source>
        <translation>El examen del incidente {n}, atendida el {when}, figura completo en su informe médico-legal ({number}) y no se repite aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n later visit(s) for incident {n} are listed with their injuries in its medico-legal report ({number}), under Later review visits, and are not repeated here.</source>
        <translation>
            <numerusform>%n visita posterior del incidente {n} figura con sus lesiones en su informe médico-legal ({number}), en Visitas de revisión posteriores, y no se repite aquí.</numerusform>
            <numerusform>%n visitas posteriores del incidente {n} figuran con sus lesiones en su informe médico-legal ({number}), en Visitas de revisión posteriores, y no se repiten aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the medico-legal report for incident {n} ({number}).</source>
        <translation>Véase el informe médico-legal del incidente {n} ({number}).</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista el</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>The forensic examination for incident {n}, started {when}, is in its medico-legal report ({number}) in full, with its specimens, their chain of custody and the examiner&apos;s opinion, and is not repeated here.</source>
        <translation>El examen forense del incidente {n}, iniciado el {when}, figura completo en su informe médico-legal ({number}), con sus muestras, su cadena de custodia y la opinión del examinador, y no se repite aquí.</translation>
    </message>
    <message>
        <source>The chain of custody of the specimens sealed {seals} is in the medico-legal report for incident {n} ({number}) and is not repeated here.</source>
        <translation>La cadena de custodia de las muestras precintadas {seals} figura en el informe médico-legal del incidente {n} ({number}) y no se repite aquí.</translation>
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
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why these notes are relevant</source>
        <translation>Por qué estas notas son pertinentes</translation>
    </message>
    <message>
        <source>What is disclosed</source>
        <translation>Lo que se divulga</translation>
    </message>
    <message numerus="yes">
        <source>The notes of %n counselling session(s) held up to her consent, given {when}, to disclose her counselling notes to a court: {dates}.</source>
        <translation>
            <numerusform>Las notas de %n sesión de atención psicológica celebrada antes de su consentimiento, dado el {when}, a la divulgación de sus notas de atención psicológica a un tribunal: {dates}.</numerusform>
            <numerusform>Las notas de %n sesiones de atención psicológica celebradas antes de su consentimiento, dado el {when}, a la divulgación de sus notas de atención psicológica a un tribunal: {dates}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later session(s) are not disclosed: her consent does not cover them.</source>
        <translation>
            <numerusform>%n sesión posterior no se divulga: su consentimiento no la cubre.</numerusform>
            <numerusform>%n sesiones posteriores no se divulgan: su consentimiento no las cubre.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} session: others were present. These notes may record what other people said about themselves.</source>
        <translation>Sesión {kind}: había otras personas presentes. Estas notas pueden recoger lo que otras personas dijeron de sí mismas.</translation>
    </message>
    <message>
        <source>Statement {n}. {title}</source>
        <translation>Declaración {n}. {title}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) follow.</source>
        <translation>
            <numerusform>Sigue %n página.</numerusform>
            <numerusform>Siguen %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>Caso {reference}</translation>
    </message>
    <message>
        <source>A separate bundle, not part of the court bundle: its pages are numbered CN1, CN2 … on their own.</source>
        <translation>Una carpeta de documentos separada, que no forma parte de la carpeta de documentos para el tribunal: sus páginas se numeran aparte, CN1, CN2 …</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Not recorded in the centre&apos;s file: the court, the case number, the judge, the parties and the hearing date.</source>
        <translation>No constan en el expediente del centro: el tribunal, el número de causa, el juez, las partes y la fecha de la audiencia.</translation>
    </message>
    <message>
        <source>Prepared by {who}, {centre}</source>
        <translation>Preparado por {who}, {centre}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>el {date}</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Nothing is recorded in the sections chosen.</source>
        <translation>No hay nada registrado en las secciones elegidas.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Motivo en el orden del día</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Actions carried from earlier</source>
        <translation>Acciones pendientes de reuniones anteriores</translation>
    </message>
    <message>
        <source>No action is outstanding from earlier meetings.</source>
        <translation>No hay acciones pendientes de reuniones anteriores.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasada)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) to review</source>
        <translation>
            <numerusform>%n acción por revisar</numerusform>
            <numerusform>%n acciones por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agency} — %n outstanding</source>
        <translation>
            <numerusform>{agency} — %n pendiente</numerusform>
            <numerusform>{agency} — %n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n atrasada</numerusform>
            <numerusform>, %n atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Reunión del {date}</translation>
    </message>
    <message>
        <source>Attending: {agencies}</source>
        <translation>Asistentes: {agencies}</translation>
    </message>
    <message>
        <source>Prepared by {who}.</source>
        <translation>Preparado por {who}.</translation>
    </message>
    <message>
        <source>For the agencies at the meeting only. Do not copy, forward or keep it after the meeting; each agency records what it agreed in its own files.</source>
        <translation>Solo para las entidades presentes en la reunión. No lo copie, reenvíe ni conserve después de la reunión; cada entidad registra lo acordado en sus propios archivos.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>No case is on the agenda of this meeting.</source>
        <translation>No hay ningún caso en el orden del día de esta reunión.</translation>
    </message>
    <message>
        <source>Outstanding actions by agency</source>
        <translation>Acciones pendientes por entidad</translation>
    </message>
    <message>
        <source>The cases</source>
        <translation>Los casos</translation>
    </message>
    <message>
        <source>Risk: {risk}</source>
        <translation>Riesgo: {risk}</translation>
    </message>
    <message>
        <source>Referred: {criteria}</source>
        <translation>Derivada por: {criteria}</translation>
    </message>
    <message>
        <source>Shared without her consent</source>
        <translation>Compartido sin su consentimiento</translation>
    </message>
    <message>
        <source>, on a manager&apos;s authority, because:</source>
        <translation>, con la autorización de la persona responsable, porque:</translation>
    </message>
    <message>
        <source>No action carried from an earlier meeting.</source>
        <translation>Ninguna acción pendiente de una reunión anterior.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacida</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Derivada por</translation>
    </message>
    <message>
        <source>{agency} on {date}</source>
        <translation>{agency} el {date}</translation>
    </message>
    <message>
        <source>Born {born}</source>
        <translation>Nacido el {born}</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Agresor</translation>
    </message>
    <message>
        <source>Repeat (within 12 months of the last referral)</source>
        <translation>Repetición (en los 12 meses siguientes a la última derivación)</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>Lista de valoración completada</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} por {who}</translation>
    </message>
    <message>
        <source>Checklist: yes to</source>
        <translation>Lista de valoración del riesgo: sí a</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>SHARED WITHOUT THE SURVIVOR&apos;S CONSENT</source>
        <translation>COMPARTIDO SIN EL CONSENTIMIENTO DE LA SOBREVIVIENTE</translation>
    </message>
    <message>
        <source>Generated by {who} on {when}</source>
        <translation>Generado por {who} el {when}</translation>
    </message>
    <message>
        <source>Shared without the survivor&apos;s consent.</source>
        <translation>Compartido sin el consentimiento de la sobreviviente.</translation>
    </message>
    <message>
        <source>A manager of {centre} authorised it, giving this reason:</source>
        <translation>Un responsable de {centre} lo autorizó, con este motivo:</translation>
    </message>
    <message>
        <source>Authorised by {who} on {when}.</source>
        <translation>Autorizado por {who} el {when}.</translation>
    </message>
    <message>
        <source>She has been told of this sharing (on {date}).</source>
        <translation>Se le ha informado de esta comunicación (el {date}).</translation>
    </message>
    <message>
        <source>She has not been told of this sharing yet.</source>
        <translation>Todavía no se le ha informado de esta comunicación.</translation>
    </message>
    <message>
        <source>{who} will tell her. Until then, do not contact her about it.</source>
        <translation>{who} se lo dirá. Hasta entonces, no la contacten por este motivo.</translation>
    </message>
    <message>
        <source>She has not been told of this sharing: telling her would increase the risk. Do not contact her about it, and take care that nothing of it reaches the perpetrator.</source>
        <translation>No se le ha informado de esta comunicación: decírselo aumentaría el riesgo. No la contacten por este motivo, y cuiden de que nada de ello llegue al agresor.</translation>
    </message>
    <message>
        <source>Why she is not told: {why}</source>
        <translation>Por qué no se le informa: {why}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Minutes of the case conference</source>
        <translation>Acta de la reunión de coordinación del caso</translation>
    </message>
    <message>
        <source>Draft: the minutes are not closed yet.</source>
        <translation>Borrador: el acta aún no está cerrada.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusas</translation>
    </message>
    <message>
        <source>Agencies invited</source>
        <translation>Entidades invitadas</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>Casos tratados</translation>
    </message>
    <message>
        <source>No case was heard at this meeting.</source>
        <translation>No se trató ningún caso en esta reunión.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Deliberación</translation>
    </message>
    <message>
        <source>Actions carried into the meeting</source>
        <translation>Acciones traídas a la reunión</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>New actions agreed</source>
        <translation>Nuevas acciones acordadas</translation>
    </message>
    <message>
        <source>Minutes prepared by {who}.</source>
        <translation>Acta preparada por {who}.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>SHA-256 of the original: {digest}</source>
        <translation>SHA-256 del original: {digest}</translation>
    </message>
    <message>
        <source>Examination {n}</source>
        <translation>Examen {n}</translation>
    </message>
    <message>
        <source>Seen on {when}; recorded by {who}.</source>
        <translation>Atendida el {when}; registrado por {who}.</translation>
    </message>
    <message>
        <source>History as given</source>
        <translation>Antecedentes según su relato</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>{name}. {title}</source>
        <translation>{name}. {title}</translation>
    </message>
    <message>
        <source>Taken by: {who} · When: {when} · Body site: {site} · Injury number: {n}</source>
        <translation>Tomada por: {who} · Cuándo: {when} · Zona del cuerpo: {site} · Número de la lesión: {n}</translation>
    </message>
    <message>
        <source>Body map of this examination: the injuries recorded when she was seen on {when}.</source>
        <translation>Mapa corporal de este examen: las lesiones registradas cuando fue atendida el {when}.</translation>
    </message>
    <message>
        <source>Body map of examination {n}: the injuries recorded when she was seen on {when}.</source>
        <translation>Mapa corporal del examen {n}: las lesiones registradas cuando fue atendida el {when}.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrado</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>Desde el incidente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Recorded at {when}.</source>
        <translation>Registrado el {when}.</translation>
    </message>
    <message>
        <source>Amended by {who} at {when}.</source>
        <translation>Modificado por {who} el {when}.</translation>
    </message>
    <message>
        <source>Forensic examination {n}</source>
        <translation>Examen forense {n}</translation>
    </message>
    <message>
        <source>By {who}, started {when}.</source>
        <translation>Por {who}, iniciado el {when}.</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Número de precinto</translation>
    </message>
    <message>
        <source>Chain of custody — seal {seal}</source>
        <translation>Cadena de custodia — precinto {seal}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Exhibit P{n}</source>
        <translation>Prueba P{n}</translation>
    </message>
    <message>
        <source>Photograph {n}</source>
        <translation>Fotografía {n}</translation>
    </message>
    <message>
        <source>The absence of injury does not exclude sexual or physical assault: many assaults leave no injury, and injuries heal.</source>
        <translation>La ausencia de lesiones no excluye una agresión sexual o física: muchas agresiones no dejan lesiones, y las lesiones se curan.</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Número del informe</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>The person examined</source>
        <translation>La persona examinada</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examinada</translation>
    </message>
    <message>
        <source>Time from incident to examination</source>
        <translation>Tiempo entre el incidente y el examen</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinador/a</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Prepared by {who} from the clinical records of this incident&apos;s visits; no forensic examination is recorded for it.</source>
        <translation>Preparado por {who} a partir de los registros clínicos de las visitas de este incidente; no consta ningún examen forense para él.</translation>
    </message>
    <message>
        <source>Prepared by {who} from the examination by {examiner}, recorded by {recorders}.</source>
        <translation>Preparado por {who} a partir del examen realizado por {examiner} y registrado por {recorders}.</translation>
    </message>
    <message>
        <source>Prepared by {who} from the examination recorded by {examiner}.</source>
        <translation>Preparado por {who} a partir del examen registrado por {examiner}.</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}).</source>
        <translation>Esta versión sustituye a la versión {version} (emitida el {when}).</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}), which named {examiner} as the examiner.</source>
        <translation>Esta versión sustituye a la versión {version} (emitida el {when}), que nombraba a {examiner} como la persona que realizó el examen.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}), which gave the examiner&apos;s qualifications as {qualifications} and registration number as {number}.</source>
        <translation>Esta versión sustituye a la versión {version} (emitida el {when}), que indicaba como cualificaciones de la persona que realizó el examen {qualifications} y como número de colegiación {number}.</translation>
    </message>
    <message>
        <source>Forensic examination {k} of {count} of this incident, on {when}</source>
        <translation>Examen forense {k} de {count} de este incidente, el {when}</translation>
    </message>
    <message>
        <source>Examination {k} of {count} of this incident, on {when}</source>
        <translation>Examen {k} de {count} de este incidente, el {when}</translation>
    </message>
    <message>
        <source>Forensic examination on {when}</source>
        <translation>Examen forense del {when}</translation>
    </message>
    <message>
        <source>Examination on {when}</source>
        <translation>Examen del {when}</translation>
    </message>
    <message>
        <source>Her consents</source>
        <translation>Sus consentimientos</translation>
    </message>
    <message>
        <source>No consent is recorded in the ledger.</source>
        <translation>No hay ningún consentimiento registrado en el registro.</translation>
    </message>
    <message>
        <source>Her decisions as they stood when she was examined; none taken after it.</source>
        <translation>Sus decisiones tal como estaban cuando fue examinada; ninguna tomada después.</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>Consentimiento para</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Dado por</translation>
    </message>
    <message>
        <source>No examination findings are recorded for this examination: no clinical encounter was recorded at this visit, so this report records neither injuries nor their absence.</source>
        <translation>No constan hallazgos para este examen: no se registró ninguna consulta clínica en esta visita, por lo que este informe no registra lesiones ni su ausencia.</translation>
    </message>
    <message>
        <source>No body map is drawn of the {count} injuries recorded at later visits, from {first} to {last}: more than {most} markers cannot be read on one map. Each is in the table above, with its view and side.</source>
        <translation>No se dibuja un mapa corporal de las {count} lesiones registradas en visitas posteriores, del {first} al {last}: más de {most} marcadores no pueden leerse en un solo mapa. Cada una figura en la tabla anterior, con su vista y su lado.</translation>
    </message>
    <message numerus="yes">
        <source>Injuries recorded at %n later visit(s) more than {days} days after the examination ({dates}) are not shown with this incident&apos;s injuries: by then its injuries have usually healed, and what is seen may have another cause. Those visits are listed under Later review visits.</source>
        <translation>
            <numerusform>Las lesiones registradas en %n visita posterior, más de {days} días después del examen ({dates}), no se muestran con las de este incidente: para entonces sus lesiones suelen haber sanado y lo observado puede tener otra causa. Esa visita figura en Visitas de revisión posteriores.</numerusform>
            <numerusform>Las lesiones registradas en %n visitas posteriores, más de {days} días después del examen ({dates}), no se muestran con las de este incidente: para entonces sus lesiones suelen haber sanado y lo observado puede tener otra causa. Esas visitas figuran en Visitas de revisión posteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} later review visits for this incident, in a summary: the findings of {cut} of them are shortened here (marked …). The full findings of each visit are in its encounter record in the case&apos;s health records, dated as below.</source>
        <translation>{count} visitas de seguimiento posteriores para este incidente, resumidas: los hallazgos de {cut} de ellas se acortan aquí (marcados …). Los hallazgos completos de cada visita están en su registro de consulta, en los registros de salud del caso, con la fecha indicada abajo.</translation>
    </message>
    <message>
        <source>Other forensic examinations of this incident</source>
        <translation>Otros exámenes forenses de este incidente</translation>
    </message>
    <message numerus="yes">
        <source>This report covers a later forensic examination of the incident. %n other examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>Este informe trata de un examen forense posterior del incidente. %n examen más del mismo incidente, con su propio informe:</numerusform>
            <numerusform>Este informe trata de un examen forense posterior del incidente. %n exámenes más del mismo incidente, cada uno con su propio informe:</numerusform>
        </translation>
    </message>
    <message>
        <source>I, {examiner}, examined the person named in this report and made the findings it records; they were recorded by {recorders}, at the times shown under Recorded and amended.</source>
        <translation>Yo, {examiner}, examiné a la persona nombrada en este informe y realicé los hallazgos que en él constan; fueron registrados por {recorders}, a las horas indicadas en Registros y modificaciones.</translation>
    </message>
    <message>
        <source>I, {examiner}, examined the person named in this report, made the findings it records and recorded them at the times shown.</source>
        <translation>Yo, {examiner}, examiné a la persona nombrada en este informe, realicé los hallazgos que en él constan y los registré a las horas indicadas.</translation>
    </message>
    <message>
        <source>The photographs of this incident are exhibits {exhibits} of section E, each with its caption and SHA-256: they are not repeated here.</source>
        <translation>Las fotografías de este incidente son las pruebas {exhibits} de la sección E, cada una con su leyenda y su SHA-256: no se repiten aquí.</translation>
    </message>
    <message>
        <source>This report is not ready to sign: the examiner has not recorded an opinion on the findings. Record it on the examination and export the report again.</source>
        <translation>Este informe no está listo para firmarse: el examinador no ha registrado una opinión sobre los hallazgos. Regístrela en el examen y vuelva a exportar el informe.</translation>
    </message>
    <message>
        <source>No forensic examination is recorded for this incident, so this report has no examiner&apos;s declaration or statement of truth: it sets out the clinical records of the incident&apos;s visits as they stand, and is not to be signed as a forensic examiner&apos;s report.</source>
        <translation>No consta ningún examen forense para este incidente, por lo que este informe no lleva declaración del examinador ni declaración de veracidad: presenta los registros clínicos de las visitas del incidente tal como están, y no debe firmarse como el informe de un examinador forense.</translation>
    </message>
    <message>
        <source>The examiner&apos;s opinion</source>
        <translation>La opinión del examinador</translation>
    </message>
    <message>
        <source>No opinion is recorded.</source>
        <translation>No hay ninguna opinión registrada.</translation>
    </message>
    <message>
        <source>Later review visits</source>
        <translation>Visitas de revisión posteriores</translation>
    </message>
    <message>
        <source>Further forensic examinations of this incident</source>
        <translation>Otros exámenes forenses de este incidente</translation>
    </message>
    <message>
        <source>Recorded and amended</source>
        <translation>Registros y modificaciones</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Amended at</source>
        <translation>Modificado el</translation>
    </message>
    <message>
        <source>Declaration and statement of truth</source>
        <translation>Declaración y manifestación de veracidad</translation>
    </message>
    <message>
        <source>Note by the centre: {examiner} is recorded on the examination as an examiner who is not on the centre&apos;s staff. The centre holds no record of the examiner&apos;s qualifications or registration number; the examiner gives them below.</source>
        <translation>Nota del centro: {examiner} consta en el examen como una persona que realizó el examen y no forma parte del personal del centro. El centro no tiene constancia de las cualificaciones ni del número de colegiación de la persona que realizó el examen; los indica a continuación.</translation>
    </message>
    <message>
        <source>I believe that the facts stated in this report are true. I understand that my duty is to the court, and that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.</source>
        <translation>Creo que los hechos expuestos en este informe son ciertos. Entiendo que mi deber es para con el tribunal, y que pueden iniciarse procedimientos por desacato contra quien haga, o haga que se haga, una declaración falsa en un documento verificado por una manifestación de veracidad sin creer honestamente en su veracidad.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>Qualifications: {qualifications}</source>
        <translation>Cualificaciones: {qualifications}</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>Número de colegiación: {number}</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers the first forensic examination of the incident. %n further examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>Este informe trata del primer examen forense del incidente. %n examen más del mismo incidente, con su propio informe:</numerusform>
            <numerusform>Este informe trata del primer examen forense del incidente. %n exámenes más del mismo incidente, cada uno con su propio informe:</numerusform>
        </translation>
    </message>
    <message>
        <source>* Recorded before this incident happened: it may have been given for an earlier examination. Confirm with her that it covers this one.</source>
        <translation>* Registrado antes de este incidente: puede haberse dado para un examen anterior. Confirme con ella que cubre este.</translation>
    </message>
    <message>
        <source>Medico-legal report (draft: not ready to sign)</source>
        <translation>Informe médico-legal (borrador: no listo para firmarse)</translation>
    </message>
    <message>
        <source>Medico-legal report (no forensic examination recorded)</source>
        <translation>Informe médico-legal (no consta examen forense)</translation>
    </message>
    <message>
        <source>No forensic examination is recorded for this incident.</source>
        <translation>No consta ningún examen forense para este incidente.</translation>
    </message>
    <message>
        <source>Not on the centre&apos;s staff: the centre holds no record of the examiner&apos;s qualifications.</source>
        <translation>No forma parte del personal del centro: el centro no tiene constancia de las cualificaciones de la persona que realizó el examen.</translation>
    </message>
    <message>
        <source>No injuries were recorded at this examination.</source>
        <translation>No se registró ninguna lesión en este examen.</translation>
    </message>
    <message>
        <source>No injuries were recorded at this examination or at the later visits for this incident.</source>
        <translation>No se registró ninguna lesión en este examen ni en las visitas posteriores por este incidente.</translation>
    </message>
    <message>
        <source>Injuries recorded at later visits</source>
        <translation>Lesiones registradas en visitas posteriores</translation>
    </message>
    <message>
        <source>Body map of the injuries recorded at later visits, from {first} to {last} (not of the forensic examination).</source>
        <translation>Mapa corporal de las lesiones registradas en visitas posteriores, del {first} al {last} (no del examen forense).</translation>
    </message>
    <message>
        <source>Ano-genital examination</source>
        <translation>Examen anogenital</translation>
    </message>
    <message>
        <source>No ano-genital findings are recorded on a diagram for this examination; whether these regions were examined, and what was found, is only as the findings above say.</source>
        <translation>No se registran hallazgos anogenitales en un diagrama para este examen; si estas regiones se examinaron, y lo que se encontró, consta solo en los hallazgos anteriores.</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>please respond today.</source>
        <translation>por favor, responda hoy.</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>Servicio solicitado</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>La persona derivada</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>Conocida como</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age (estimated)</source>
        <translation>Edad (estimada)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Disability or access needs</source>
        <translation>Discapacidad o necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos e hijas</translation>
    </message>
    <message>
        <source>Her children</source>
        <translation>Sus hijos</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>No registrado.</translation>
    </message>
    <message>
        <source>How to contact her safely</source>
        <translation>Cómo contactarla de forma segura</translation>
    </message>
    <message>
        <source>Safe number</source>
        <translation>Número seguro</translation>
    </message>
    <message>
        <source>No safe number: contact her through us.</source>
        <translation>No hay número seguro: contáctela a través de nosotros.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>A message may be left.</source>
        <translation>Se puede dejar un mensaje.</translation>
    </message>
    <message>
        <source>Do not leave messages.</source>
        <translation>No deje mensajes.</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motivo de la derivación</translation>
    </message>
    <message>
        <source>{made}, not sent yet; this letter printed {printed}</source>
        <translation>{made}, aún no enviada; carta impresa el {printed}</translation>
    </message>
    <message>
        <source>{made}, sent {sent}; this letter printed {printed}</source>
        <translation>{made}, enviada el {sent}; carta impresa el {printed}</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Derivada el</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>No consent to share her information with this agency is in force. It is shared on a manager&apos;s authority, for the reason given at the top of this letter.</source>
        <translation>No hay ningún consentimiento vigente para compartir su información con esta entidad. Se comparte por decisión de un responsable, por el motivo indicado al principio de esta carta.</translation>
    </message>
    <message>
        <source>Referring worker</source>
        <translation>Profesional que deriva</translation>
    </message>
    <message>
        <source>not set in the centre&apos;s settings</source>
        <translation>no indicado en la configuración del centro</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Preguntar por</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Perpetrator known to her</source>
        <translation>Agresor conocido por ella</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>What happened to her is not told here: she has not consented to sharing it with this agency.</source>
        <translation>Lo que le ocurrió no se cuenta aquí: no ha consentido compartirlo con esta entidad.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Nuestra referencia</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Contact at your agency (name, telephone)</source>
        <translation>Contacto en su entidad (nombre, teléfono)</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>Reason, if declined</source>
        <translation>Motivo, si se rechaza</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>Boleta de respuesta</translation>
    </message>
    <message>
        <source>Please fill this in and return it to us within a week, by e-mail or by hand, even if you cannot take the referral.</source>
        <translation>Rellénela y devuélvanosla en el plazo de una semana, por correo electrónico o en mano, aunque no puedan aceptar la derivación.</translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation>Lugares seguros adonde ir</translation>
    </message>
    <message>
        <source>People you trust, and how to reach them</source>
        <translation>Personas de confianza y cómo contactarlas</translation>
    </message>
    <message>
        <source>Emergency bag: documents, money, keys, medicines</source>
        <translation>Bolsa de emergencia: documentos, dinero, llaves, medicamentos</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Sus hijos e hijas</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>Seguridad del teléfono y en internet</translation>
    </message>
    <message>
        <source>Routes and how to get out</source>
        <translation>Rutas y cómo salir</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Places to go</source>
        <translation>Lugares adonde ir</translation>
    </message>
    <message>
        <source>People and numbers</source>
        <translation>Personas y números</translation>
    </message>
    <message>
        <source>A word to remember</source>
        <translation>Una palabra para recordar</translation>
    </message>
    <message>
        <source>Things to keep ready</source>
        <translation>Cosas para tener listas</translation>
    </message>
    <message>
        <source>Phone and computer</source>
        <translation>Teléfono y ordenador</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>Cómo moverse</translation>
    </message>
    <message>
        <source>Version {version}, {date}.</source>
        <translation>Versión {version}, {date}.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date} with {who}.</source>
        <translation>Versión {version}, acordada el {date} con {who}.</translation>
    </message>
    <message>
        <source>Still to fill in: {headings}.</source>
        <translation>Por completar: {headings}.</translation>
    </message>
    <message>
        <source>Keep these notes somewhere you can reach when you need them.</source>
        <translation>Guarde estas notas en un lugar donde pueda encontrarlas cuando las necesite.</translation>
    </message>
    <message>
        <source>Keep this somewhere only you can reach. It does not carry your name. If keeping it ever feels unsafe, you can get rid of it: we can print it again whenever you ask.</source>
        <translation>Guárdelo donde solo usted pueda alcanzarlo. No lleva su nombre. Si alguna vez guardarlo le parece arriesgado, puede deshacerse de él: podemos imprimirlo de nuevo cuando lo pida.</translation>
    </message>
    <message>
        <source>Still to plan together: {headings}.</source>
        <translation>Queda por planificar juntas: {headings}.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>Survivors counted: {counted}. Survivors seen in the period whose consent to statistics is not in force, and who are not counted: {not_counted}.</source>
        <translation>Sobrevivientes contadas: {counted}. Sobrevivientes atendidas en el período cuyo consentimiento para estadísticas no está vigente y que no se cuentan: {not_counted}.</translation>
    </message>
    <message>
        <source>Post-exposure prophylaxis</source>
        <translation>Profilaxis posexposición</translation>
    </message>
    <message>
        <source>She consented to this information being shared with {agency}: {reason} Ledger entry {entry}.</source>
        <translation>Consintió que esta información se compartiera con {agency}: {reason} Entrada del registro {entry}.</translation>
    </message>
    <message>
        <source>Number of children: {count}</source>
        <translation>Número de hijos: {count}</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No valorado</translation>
    </message>
    <message>
        <source>{type}, {when}.</source>
        <translation>{type}, {when}.</translation>
    </message>
    <message>
        <source>no incident is linked to these examinations.</source>
        <translation>ningún incidente está vinculado a estos exámenes.</translation>
    </message>
    <message>
        <source>with consent to {purpose}</source>
        <translation>con su consentimiento para {purpose}</translation>
    </message>
    <message>
        <source>without consent, on a manager&apos;s authority</source>
        <translation>sin su consentimiento, por decisión de un responsable</translation>
    </message>
    <message>
        <source>Not recorded by then</source>
        <translation>No registrado en esa fecha</translation>
    </message>
    <message>
        <source>{hours} h after the incident</source>
        <translation>{hours} h después del incidente</translation>
    </message>
    <message>
        <source>{low}-{high} h after the incident</source>
        <translation>{low}-{high} h después del incidente</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Not stated here, for her safety.</source>
        <translation>No se indica aquí, por su seguridad.</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>causa {number}</translation>
    </message>
    <message>
        <source>police reference {number}</source>
        <translation>referencia policial {number}</translation>
    </message>
    <message>
        <source>Incident: {type}</source>
        <translation>Incidente: {type}</translation>
    </message>
    <message>
        <source>{event} ({when})</source>
        <translation>{event} ({when})</translation>
    </message>
    <message>
        <source>Order issued: {order}</source>
        <translation>Orden dictada: {order}</translation>
    </message>
    <message>
        <source>Hearing, {court}: {purpose} (scheduled)</source>
        <translation>Audiencia, {court}: {purpose} (programada)</translation>
    </message>
    <message>
        <source>Hearing, {court}: {purpose}</source>
        <translation>Audiencia, {court}: {purpose}</translation>
    </message>
    <message>
        <source>a refuge (name withheld for her safety)</source>
        <translation>un refugio (nombre omitido por su seguridad)</translation>
    </message>
    <message>
        <source>an agency (name withheld for her safety)</source>
        <translation>una entidad (nombre omitido por su seguridad)</translation>
    </message>
    <message>
        <source>Referred to {agency}: {service}</source>
        <translation>Derivada a {agency}: {service}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número del caso</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Demandado</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>Próxima audiencia</translation>
    </message>
    <message>
        <source>Last hearing</source>
        <translation>Última audiencia</translation>
    </message>
    <message>
        <source>Decided case by case on a manager&apos;s authority: the reason for each case shared without her consent is printed beside it.</source>
        <translation>Decidido caso por caso con la autorización de la persona responsable: el motivo de cada caso compartido sin su consentimiento figura a su lado.</translation>
    </message>
    <message>
        <source>{document} of {date}</source>
        <translation>{document} del {date}</translation>
    </message>
    <message>
        <source>{level}, score {score}</source>
        <translation>{level}, puntuación {score}</translation>
    </message>
    <message>
        <source>no assessment recorded</source>
        <translation>ninguna evaluación registrada</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s) old</source>
        <translation>
            <numerusform>unos %n año</numerusform>
            <numerusform>unos %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>{document}, {start} to {end}</source>
        <translation>{document}, del {start} al {end}</translation>
    </message>
    <message>
        <source>incident time not known</source>
        <translation>hora del incidente desconocida</translation>
    </message>
    <message>
        <source>The applicant (no legal name recorded; the name she uses is withheld for her safety)</source>
        <translation>La solicitante (no consta nombre legal; el nombre que usa se omite por su seguridad)</translation>
    </message>
    <message>
        <source>{name} (known as {alias})</source>
        <translation>{name} (conocida como {alias})</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}, nacida el {date}</translation>
    </message>
    <message>
        <source>{name}, aged about {age}</source>
        <translation>{name}, de unos {age} años</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Forensic examination</source>
        <translation>Examen forense</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Atención psicológica</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Referral to another agency</source>
        <translation>Derivación a otra entidad</translation>
    </message>
    <message>
        <source>{count} further counts are marked {secondary} because statistics for {periods} were released before: with those, these counts would let a hidden count be worked out by subtraction.</source>
        <translation>Otros {count} recuentos se marcan con {secondary} porque las estadísticas de {periods} ya se publicaron: con ellas, estos recuentos permitirían deducir por resta un recuento oculto.</translation>
    </message>
    <message>
        <source>{count} further counts are marked {secondary}: with the other counts printed, these would let a hidden count be worked out.</source>
        <translation>{count} cifras más se marcan con {secondary}: con las demás cifras impresas, permitirían deducir una cifra oculta.</translation>
    </message>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>Incident Recorder del GBVIMS</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>Sin vínculo con un incidente</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incidente</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Atendida el</translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation>&amp;Atendida el</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Antecedentes</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Injuries: click the outline to place a numbered marker</source>
        <translation>Lesiones: haga clic en la silueta para colocar una marca numerada</translation>
    </message>
    <message>
        <source>Remove the selected &amp;marker</source>
        <translation>Quitar la &amp;marca seleccionada</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Administrado el</translation>
    </message>
    <message>
        <source>Dose or notes</source>
        <translation>Dosis o notas</translation>
    </message>
    <message>
        <source>Dose, product, result</source>
        <translation>Dosis, producto, resultado</translation>
    </message>
    <message>
        <source>&amp;Add treatment</source>
        <translation>&amp;Añadir tratamiento</translation>
    </message>
    <message>
        <source>Treatments given</source>
        <translation>Tratamientos administrados</translation>
    </message>
    <message>
        <source>Remove the selected &amp;treatment</source>
        <translation>Quitar el &amp;tratamiento seleccionado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save encounter</source>
        <translation>&amp;Guardar la consulta</translation>
    </message>
    <message>
        <source>Write the dose, product or result before adding the treatment.</source>
        <translation>Indique la dosis, el producto o el resultado antes de añadir el tratamiento.</translation>
    </message>
    <message>
        <source>Add this treatment or clear it before saving.</source>
        <translation>Añada este tratamiento o bórrelo antes de guardar.</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export: {document}</source>
        <translation>Exportar: {document}</translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its file name says nothing of her, the case or the centre, in case someone else finds it.</source>
        <translation>El documento se elabora con lo que usted puede leer y lo que ella consintió compartir. El nombre de su archivo no dice nada de ella, del caso ni del centro, por si otra persona lo encuentra.</translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its name carries the case reference and the document type, never her name.</source>
        <translation>El documento se construye con lo que usted puede leer y lo que ella consintió compartir. Su nombre lleva la referencia del caso y el tipo de documento, nunca el nombre de ella.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Idioma del documento</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256)</source>
        <translation>&amp;Proteger con contraseña (AES-256)</translation>
    </message>
    <message>
        <source>Without a password, anyone who gets hold of the file can read it.</source>
        <translation>Sin contraseña, cualquiera que obtenga el archivo puede leerlo.</translation>
    </message>
    <message>
        <source>Document password</source>
        <translation>Contraseña del documento</translation>
    </message>
    <message>
        <source>Document password again</source>
        <translation>Contraseña del documento, otra vez</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>Share without her consent (a manager&apos;s decision)</source>
        <translation>Compartir sin su consentimiento (decisión de la coordinación)</translation>
    </message>
    <message>
        <source>Why it must be shared without her consent</source>
        <translation>Por qué debe compartirse sin su consentimiento</translation>
    </message>
    <message>
        <source>Why it must be shared without her consent (the document will say so).</source>
        <translation>Por qué debe compartirse sin su consentimiento (el documento lo indicará).</translation>
    </message>
    <message>
        <source>&amp;Open the document when it is written</source>
        <translation>&amp;Abrir el documento cuando esté escrito</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Where the document was written</source>
        <translation>Dónde se guardó el documento</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Abrir el documento</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Guardar el documento como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the document.</source>
        <translation>Indique dónde guardar el documento.</translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n characters.</source>
        <translation>
            <numerusform>Una contraseña de documento tiene al menos %n carácter.</numerusform>
            <numerusform>Una contraseña de documento tiene al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The document was written, but this computer could not open it: no program to show PDF files answered. Open it from its folder.</source>
        <translation>El documento se guardó, pero este equipo no pudo abrirlo: ningún programa para ver PDF respondió. Ábralo desde su carpeta.</translation>
    </message>
    <message>
        <source>This computer could not show the folder. Its path is above.</source>
        <translation>Este equipo no pudo mostrar la carpeta. Su ruta aparece arriba.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exportar de todos modos</translation>
    </message>
    <message>
        <source>What you typed for each case is lost if this closes: press Escape or Cancel again to close without exporting.</source>
        <translation>Lo que escribió para cada caso se perderá si esta ventana se cierra: pulse Escape o Cancelar otra vez para cerrar sin exportar.</translation>
    </message>
</context>
<context>
    <name>HearDialog</name>
    <message>
        <source>Heard at the meeting: {ref}</source>
        <translation>Tratado en la reunión: {ref}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patients with open clinical windows</source>
        <translation>Pacientes con plazos clínicos abiertos</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>Mis casos abiertos</translation>
    </message>
    <message>
        <source>Tasks due in the next 7 days</source>
        <translation>Tareas que vencen en los próximos 7 días</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Hearings in the next 14 days</source>
        <translation>Audiencias en los próximos 14 días</translation>
    </message>
    <message>
        <source>Protection orders expiring within 30 days</source>
        <translation>Órdenes de protección que vencen en 30 días</translation>
    </message>
    <message>
        <source>In the shelter now</source>
        <translation>En el albergue ahora</translation>
    </message>
    <message>
        <source>Expected exits in the next 7 days</source>
        <translation>Salidas previstas en los próximos 7 días</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Sesión iniciada como {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>&amp;Nueva admisión…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <source>Print anonymised &amp;statistics…</source>
        <translation>Imprimir &amp;estadísticas anonimizadas…</translation>
    </message>
    <message>
        <source>Anonymised counts for a period, for partners and funders: no name, no case reference, and no count small enough to point to someone.</source>
        <translation>Cifras anonimizadas de un periodo, para socios y financiadores: ningún nombre, ninguna referencia de caso y ninguna cifra tan pequeña que señale a alguien.</translation>
    </message>
    <message>
        <source>No open clinical windows.</source>
        <translation>Ningún plazo clínico abierto.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nada aquí.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tarea pendiente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Court and purpose</source>
        <translation>Juzgado y motivo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Room / bed</source>
        <translation>Habitación / cama</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Lo pendiente</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>Ningún recordatorio.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on the Reminders tab.</source>
        <translation>
            <numerusform>%n más en la pestaña Recordatorios.</numerusform>
            <numerusform>%n más en la pestaña Recordatorios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>El centro</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Opened in the last 30 days</source>
        <translation>Abiertos en los últimos 30 días</translation>
    </message>
    <message>
        <source>Break-glass accesses to review</source>
        <translation>Accesos de emergencia por revisar</translation>
    </message>
    <message>
        <source>Cases opened, month by month (last 12 months)</source>
        <translation>Casos abiertos, mes a mes (últimos 12 meses)</translation>
    </message>
    <message>
        <source>Incidents recorded in the last 90 days, by type</source>
        <translation>Incidentes registrados en los últimos 90 días, por tipo</translation>
    </message>
    <message>
        <source>Shelter &amp;rooms and beds</source>
        <translation>&amp;Habitaciones y camas del albergue</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Bring in the centre&apos;s earlier register (CSV or Excel): choose a field for each column, check every row, decide on possible duplicates, then import it all at once. Nothing is written until you import.</source>
        <translation>Traiga el registro anterior del centro (CSV o Excel): elija un campo para cada columna, compruebe cada fila, decida sobre los posibles duplicados y luego impórtelo todo de una vez. No se escribe nada hasta que importe.</translation>
    </message>
    <message>
        <source>You can check a register and read its report here. A caseworker imports it: ask a caseworker to import the file once it is checked.</source>
        <translation>Aquí puede comprobar un registro y leer su informe. Lo importa un/a gestor/a del caso: pídale que importe el archivo una vez comprobado.</translation>
    </message>
    <message>
        <source>Who imports</source>
        <translation>Quién importa</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Archivo del registro</translation>
    </message>
    <message>
        <source>The register&apos;s file (.csv or .xlsx)</source>
        <translation>El archivo del registro (.csv o .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;Leer el archivo</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>Columnas y campos</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>OneStop field</source>
        <translation>Campo de OneStop</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Cargar una correspondencia…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Guardar la correspondencia…</translation>
    </message>
    <message>
        <source>&amp;Check every row (dry run)</source>
        <translation>&amp;Comprobar cada fila (prueba)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Rows that would be refused</source>
        <translation>Filas que se rechazarían</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Identificador en el registro</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>Puede ser</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Register to import</source>
        <translation>Registro que importar</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx)</source>
        <translation>Registros (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>No existe ese archivo.</translation>
    </message>
    <message>
        <source>CSV file, encoding {encoding}, delimiter {delimiter}</source>
        <translation>Archivo CSV, codificación {encoding}, separador {delimiter}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>Libro de Excel, hoja «{sheet}»</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>Campo para {column}</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Cargar una correspondencia</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondencias (*.json)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Guardar la correspondencia</translation>
    </message>
    <message>
        <source>Mapping saved.</source>
        <translation>Correspondencia guardada.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>Check cancelled: run it again before importing.</source>
        <translation>Comprobación cancelada: repítala antes de importar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked:</source>
        <translation>
            <numerusform>%n fila comprobada:</numerusform>
            <numerusform>%n filas comprobadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be refused,</source>
        <translation>
            <numerusform>%n se rechazaría,</numerusform>
            <numerusform>%n se rechazarían,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be case(s) already in the vault.</source>
        <translation>
            <numerusform>%n puede ser un caso que ya está en la bóveda.</numerusform>
            <numerusform>%n pueden ser casos que ya están en la bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision for line {line}</source>
        <translation>Decisión para la línea {line}</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>Add to {reference}</source>
        <translation>Añadir a {reference}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new case(s),</source>
        <translation>
            <numerusform>Importado: %n caso nuevo,</numerusform>
            <numerusform>Importado: %n casos nuevos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s),</source>
        <translation>
            <numerusform>%n incidente,</numerusform>
            <numerusform>%n incidentes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added to existing cases.</source>
        <translation>
            <numerusform>%n fila añadida a casos existentes.</numerusform>
            <numerusform>%n filas añadidas a casos existentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a case by its register id in the Cases tab.</source>
        <translation>Busque un caso por su identificador de registro en la pestaña Casos.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>IncidentRecorderDialog</name>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>Incident Recorder del GBVIMS</translation>
    </message>
    <message>
        <source>One row per incident reported in the months, of survivors whose consent to statistics is in force, in the Incident Recorder&apos;s columns and codes: no name, date of birth, contact or free text.</source>
        <translation>Una fila por incidente notificado en los meses elegidos, de las sobrevivientes cuyo consentimiento a las estadísticas está vigente, con las columnas y los códigos del Incident Recorder: sin nombre, fecha de nacimiento, contacto ni texto libre.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;Guardar en</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256 ZIP archive)</source>
        <translation>&amp;Proteger con una contraseña (archivo ZIP AES-256)</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Contra&amp;seña</translation>
    </message>
    <message>
        <source>Archive password again</source>
        <translation>Contraseña del archivo, otra vez</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Otra vez</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>Written {path}: %n incident(s).</source>
        <translation>
            <numerusform>Escrito {path}: %n incidente.</numerusform>
            <numerusform>Escrito {path}: %n incidentes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New intake</source>
        <translation>Nueva admisión</translation>
    </message>
    <message>
        <source>A name or the alias she chose is enough; everything else can be added later. Before her file is opened, OneStop looks for her among the existing files.</source>
        <translation>Basta un nombre o el alias que ella eligió; todo lo demás puede añadirse después. Antes de abrir su expediente, OneStop la busca entre los expedientes existentes.</translation>
    </message>
    <message>
        <source>Her</source>
        <translation>Ella</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if she knows it</source>
        <translation>AAAA-MM-DD, si la conoce</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>Contacto seguro</translation>
    </message>
    <message>
        <source>Safe &amp;phone</source>
        <translation>&amp;Teléfono seguro</translation>
    </message>
    <message>
        <source>Text &amp;messages to this phone are safe</source>
        <translation>Los &amp;mensajes a este teléfono son seguros</translation>
    </message>
    <message>
        <source>Text messages to this phone are safe</source>
        <translation>Los mensajes a este teléfono son seguros</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>&amp;Palabra clave</translation>
    </message>
    <message>
        <source>Safe contact n&amp;otes</source>
        <translation>N&amp;otas sobre el contacto seguro</translation>
    </message>
    <message>
        <source>Her caseworker</source>
        <translation>Su trabajadora de caso</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>T&amp;rabajadora de caso</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>Primer incidente</translation>
    </message>
    <message>
        <source>Not recorded now</source>
        <translation>No se registra ahora</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>T&amp;ime known</source>
        <translation>&amp;Hora conocida</translation>
    </message>
    <message>
        <source>&amp;From (or at)</source>
        <translation>&amp;Desde (o el)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Conte&amp;xt</source>
        <translation>Conte&amp;xto</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Decisiones de consentimiento</translation>
    </message>
    <message>
        <source>Me&amp;dical examination</source>
        <translation>Examen mé&amp;dico</translation>
    </message>
    <message>
        <source>Fo&amp;rensic collection</source>
        <translation>Toma de muestras &amp;forenses</translation>
    </message>
    <message>
        <source>P&amp;hotography</source>
        <translation>&amp;Fotografías</translation>
    </message>
    <message>
        <source>Share with po&amp;lice</source>
        <translation>Compartir con la po&amp;licía</translation>
    </message>
    <message>
        <source>U&amp;se in court</source>
        <translation>&amp;Uso en juicio</translation>
    </message>
    <message>
        <source>Anon&amp;ymised statistics</source>
        <translation>Estad&amp;ísticas anónimas</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún no se ha preguntado</translation>
    </message>
    <message>
        <source>Check for &amp;existing files…</source>
        <translation>Buscar &amp;expedientes existentes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No caseworker yet</source>
        <translation>Sin trabajadora de caso aún</translation>
    </message>
    <message>
        <source>What will be registered</source>
        <translation>Lo que se registrará</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Trabajadora de caso</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>En común</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>Possible &amp;matches</source>
        <translation>Posibles &amp;coincidencias</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Open the selected file</source>
        <translation>&amp;Abrir el expediente elegido</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} y {end}</translation>
    </message>
    <message>
        <source>none asked yet</source>
        <translation>ninguna consultada aún</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>Teléfono seguro</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitidos</translation>
    </message>
    <message>
        <source>do not send</source>
        <translation>no enviar</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>alias</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>These files share something with what she told you. If one of them is hers, open it instead of registering her again.</source>
        <translation>Estos expedientes comparten algo con lo que ella le dijo. Si uno de ellos es el suyo, ábralo en lugar de registrarla de nuevo.</translation>
    </message>
    <message>
        <source>No existing file has her name, alias, date of birth or phone.</source>
        <translation>Ningún expediente existente tiene su nombre, alias, fecha de nacimiento o teléfono.</translation>
    </message>
    <message>
        <source>&amp;Register her as new: none of these</source>
        <translation>&amp;Registrarla como nueva: ninguno de estos</translation>
    </message>
    <message>
        <source>&amp;Register her</source>
        <translation>&amp;Registrarla</translation>
    </message>
    <message>
        <source>Choose her file in the list first.</source>
        <translation>Elija primero su expediente en la lista.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>¿Descartar esta admisión?</translation>
    </message>
    <message>
        <source>What you typed about her has not been saved.</source>
        <translation>Lo que escribió sobre ella no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>No longer possible</source>
        <translation>Ya no es posible</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Justice and legal aid</source>
        <translation>Justicia y asistencia jurídica</translation>
    </message>
    <message>
        <source>Shelter and housing</source>
        <translation>Albergue y vivienda</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psicosocial</translation>
    </message>
    <message>
        <source>Socio-economic support</source>
        <translation>Apoyo socioeconómico</translation>
    </message>
    <message>
        <source>Child services</source>
        <translation>Servicios de infancia</translation>
    </message>
    <message>
        <source>Community and faith groups</source>
        <translation>Grupos comunitarios y religiosos</translation>
    </message>
    <message>
        <source>PEP first dose</source>
        <translation>Primera dosis de PEP</translation>
    </message>
    <message>
        <source>Emergency contraception</source>
        <translation>Anticoncepción de emergencia</translation>
    </message>
    <message>
        <source>STI prophylaxis</source>
        <translation>Profilaxis de ITS</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>Hepatitis B</translation>
    </message>
    <message>
        <source>Tetanus</source>
        <translation>Tétanos</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>Prueba de embarazo</translation>
    </message>
    <message>
        <source>HIV baseline test</source>
        <translation>Prueba basal de VIH</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation>Violación</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation>Agresión sexual</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>Agresión física</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Matrimonio forzado</translation>
    </message>
    <message>
        <source>Denial of resources, opportunities or services</source>
        <translation>Negación de recursos, oportunidades o servicios</translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation>Maltrato psicológico o emocional</translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation>Pareja íntima</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>Intersexual</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <translation>Examen médico</translation>
    </message>
    <message>
        <source>Forensic collection</source>
        <translation>Recogida de muestras forenses</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Share with police</source>
        <translation>Compartir con la policía</translation>
    </message>
    <message>
        <source>Share with agency</source>
        <translation>Compartir con una entidad</translation>
    </message>
    <message>
        <source>Use in court</source>
        <translation>Uso ante el juzgado</translation>
    </message>
    <message>
        <source>Disclosure of counselling notes to a court (the sessions held until then)</source>
        <translation>Divulgación de las notas de atención psicológica a un tribunal (las sesiones celebradas hasta entonces)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action still to do</comment>
        <extracomment>An action agreed at a case conference that is still to be done (an action: in French and Spanish a feminine noun).</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action carried out</comment>
        <extracomment>An action agreed at a case conference that was carried out.</extracomment>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>High risk of serious harm or homicide</source>
        <translation>Riesgo alto de daño grave o de homicidio</translation>
    </message>
    <message>
        <source>Risk to children</source>
        <translation>Riesgo para los niños y niñas</translation>
    </message>
    <message>
        <source>Risk to other people</source>
        <translation>Riesgo para otras personas</translation>
    </message>
    <message>
        <source>To prevent or detect a serious crime</source>
        <translation>Para prevenir o detectar un delito grave</translation>
    </message>
    <message>
        <source>She could not be asked safely in time</source>
        <translation>No se le pudo preguntar a tiempo de forma segura</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <extracomment>A survivor&apos;s case file that is open (not closed).</extracomment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>incident context</comment>
        <extracomment>Where the violence happened: within her family (not by an intimate partner).</extracomment>
        <translation>Familia (fuera de la pareja)</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent decision</comment>
        <extracomment>Her consent decision: she gave her consent.</extracomment>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>consent decision</comment>
        <extracomment>Her consent decision: she refused her consent.</extracomment>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>Identificador en el registro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>Teléfono seguro</translation>
    </message>
    <message>
        <source>Date of the first interview</source>
        <translation>Fecha de la primera entrevista</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Context (relationship)</source>
        <translation>Contexto (relación)</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation>Número de agresores</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>checklist answer</comment>
        <extracomment>An answer on the risk checklist: she did not want to answer this question.</extracomment>
        <translation>No quiso responder</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Aproximada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Oral swab</source>
        <translation>Hisopo bucal</translation>
    </message>
    <message>
        <source>Vaginal swab</source>
        <translation>Hisopo vaginal</translation>
    </message>
    <message>
        <source>Anal swab</source>
        <translation>Hisopo anal</translation>
    </message>
    <message>
        <source>Skin swab</source>
        <translation>Hisopo cutáneo</translation>
    </message>
    <message>
        <source>Fingernail</source>
        <translation>Uñas</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Sangre</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Orina</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Gestor/a del caso</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Personal clínico</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Consejero/a</translation>
    </message>
    <message>
        <source>Legal advocate</source>
        <translation>Asesor/a jurídico/a</translation>
    </message>
    <message>
        <source>Shelter officer</source>
        <translation>Responsable del albergue</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referral status</comment>
        <extracomment>A referral&apos;s status: the agency said it will not take her (a referral: in French &quot;orientation&quot;, feminine).</extracomment>
        <translation>Rechazada por el servicio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>counselling session</comment>
        <extracomment>A kind of counselling session: with members of her family present.</extracomment>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefónica</translation>
    </message>
    <message numerus="yes">
        <source>Escalation (%n+ incidents in 12 months)</source>
        <translation>
            <numerusform>Escalada (%n incidente o más en 12 meses)</numerusform>
            <numerusform>Escalada (%n o más incidentes en 12 meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation>Bóveda actualizada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Pantalla desbloqueada</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>Registro consultado</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Registro escrito</translation>
    </message>
    <message>
        <source>Record purged</source>
        <translation>Registro depurado</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Documento exportado</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Documento impreso</translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Cuenta creada</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Cuenta modificada</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Cuenta desactivada</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Cuenta activada</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>Cuentas listadas</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Pre-upgrade backup deleted</source>
        <translation>Copia de seguridad anterior a la actualización eliminada</translation>
    </message>
    <message>
        <source>Key slots vouched for</source>
        <translation>Ranuras de clave avaladas</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Clave de la bóveda cambiada</translation>
    </message>
    <message>
        <source>Vault moved to the server</source>
        <translation>Bóveda trasladada al servidor</translation>
    </message>
    <message>
        <source>Vault verified</source>
        <translation>Bóveda verificada</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Registro de auditoría consultado</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Ajustes cambiados</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>Manipulación detectada</translation>
    </message>
    <message>
        <source>Tampering acknowledged</source>
        <translation>Manipulación reconocida</translation>
    </message>
    <message>
        <source>Signing key registered</source>
        <translation>Clave de firma registrada</translation>
    </message>
    <message>
        <source>Unverified reports refused</source>
        <translation>Avisos no verificados rechazados</translation>
    </message>
    <message>
        <source>Section key created</source>
        <translation>Clave de sección creada</translation>
    </message>
    <message>
        <source>Section key given</source>
        <translation>Clave de sección entregada</translation>
    </message>
    <message>
        <source>New section key due</source>
        <translation>Nueva clave de sección pendiente</translation>
    </message>
    <message>
        <source>Older text sealed</source>
        <translation>Texto anterior sellado</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>audit outcome</comment>
        <extracomment>The outcome of an action in the audit trail: it was carried out.</extracomment>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>audit outcome</comment>
        <extracomment>The outcome of an action in the audit trail: the person was not allowed to do it.</extracomment>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>Forense</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Refugio</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>Riesgo y seguridad</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Reuniones de caso</translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation>Red de derivación</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Aged 0 to 11</source>
        <translation>De 0 a 11 años</translation>
    </message>
    <message>
        <source>Aged 12 to 17</source>
        <translation>De 12 a 17 años</translation>
    </message>
    <message>
        <source>Aged 18 to 25</source>
        <translation>De 18 a 25 años</translation>
    </message>
    <message>
        <source>Aged 26 to 40</source>
        <translation>De 26 a 40 años</translation>
    </message>
    <message>
        <source>Aged 41 to 60</source>
        <translation>De 41 a 60 años</translation>
    </message>
    <message>
        <source>Aged 61 or older</source>
        <translation>61 años o más</translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation>Edad desconocida</translation>
    </message>
    <message>
        <source>Counselling notes bundle</source>
        <translation>Carpeta de documentos de notas de atención psicológica</translation>
    </message>
    <message>
        <source>Case summary and chronology</source>
        <translation>Resumen del caso y cronología</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>Resumen del incidente</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Informe médico</translation>
    </message>
    <message>
        <source>Forensic report</source>
        <translation>Informe forense</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>Photographs (exhibits)</source>
        <translation>Fotografías (pruebas)</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>Órdenes de protección</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>Notas de atención psicológica</translation>
    </message>
    <message>
        <source>High risk on the checklist</source>
        <translation>Riesgo alto según la lista de valoración del riesgo</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Juicio profesional</translation>
    </message>
    <message>
        <source>Repeat (new incident within 12 months of the last referral)</source>
        <translation>Reiteración (nuevo incidente en los 12 meses siguientes a la última derivación)</translation>
    </message>
    <message>
        <source>PEP</source>
        <translation>PEP</translation>
    </message>
    <message>
        <source>Forensic: oral</source>
        <translation>Forense: bucal</translation>
    </message>
    <message>
        <source>Forensic: digital</source>
        <translation>Forense: digital</translation>
    </message>
    <message>
        <source>Forensic: anal</source>
        <translation>Forense: anal</translation>
    </message>
    <message>
        <source>Forensic: vaginal</source>
        <translation>Forense: vaginal</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Carta de derivación</translation>
    </message>
    <message>
        <source>Medico-legal report</source>
        <translation>Informe médico-legal</translation>
    </message>
    <message>
        <source>Court bundle</source>
        <translation>Carpeta de documentos para el tribunal</translation>
    </message>
    <message>
        <source>Case-conference pack</source>
        <translation>Dosier de la reunión de coordinación</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation>Estadísticas anonimizadas</translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation>Lugares seguros adonde ir</translation>
    </message>
    <message>
        <source>People she trusts and how to reach them</source>
        <translation>Personas de confianza y cómo contactarlas</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>Emergency bag (documents, money, keys, medicines)</source>
        <translation>Bolsa de emergencia (documentos, dinero, llaves, medicamentos)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>Seguridad del teléfono y en internet</translation>
    </message>
    <message>
        <source>Routes and escape plan</source>
        <translation>Rutas y plan de huida</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>DHIS2 data value set</source>
        <translation>Conjunto de valores DHIS2</translation>
    </message>
    <message>
        <source>Conference minutes</source>
        <translation>Acta de la reunión</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>Locked by {name}. Only they can unlock; anyone else signs in anew.</source>
        <translation>Bloqueado por {name}. Solo esa persona puede desbloquear; cualquier otra inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>OneStop is locked</source>
        <translation>OneStop está bloqueado</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Bloqueado por</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Aviso de Bloq Mayús</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Mensaje de desbloqueo</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Cambiar de &amp;usuario</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>MedicoLegalChoices</name>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>La policía</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Juzgado</translation>
    </message>
    <message>
        <source>Who the report is for</source>
        <translation>Destinatario del informe</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>The examination the report is on</source>
        <translation>El examen al que se refiere el informe</translation>
    </message>
    <message>
        <source>The latest examination</source>
        <translation>El último examen</translation>
    </message>
    <message>
        <source>incident: {type}, {occurred}</source>
        <translation>incidente: {type}, {occurred}</translation>
    </message>
    <message>
        <source>Seen {when} (no forensic examination) · {incident}</source>
        <translation>Atendida el {when} (sin examen forense) · {incident}</translation>
    </message>
    <message>
        <source>Examined {when} by {examiner} · {incident}</source>
        <translation>Examinada el {when} por {examiner} · {incident}</translation>
    </message>
    <message>
        <source>not linked to an incident</source>
        <translation>no vinculado a ningún incidente</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamen</translation>
    </message>
    <message>
        <source>Not ready to sign</source>
        <translation>No está listo para firmar</translation>
    </message>
    <message>
        <source>Not ready to sign: the examiner has not recorded an opinion on the findings of this examination. The report will say so above its declaration. Record the opinion on the forensic examination first, or export it now as a draft.</source>
        <translation>No está listo para firmar: el examinador no ha registrado una opinión sobre los hallazgos de este examen. El informe lo indicará encima de su declaración. Registre primero la opinión en el examen forense, o expórtelo ahora como borrador.</translation>
    </message>
</context>
<context>
    <name>MeetingTime</name>
    <message>
        <source>not recorded</source>
        <translation>no registrada</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This vault was last used by a newer version of OneStop. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>Esta bóveda la usó por última vez una versión más reciente de OneStop. Instale esa versión (o una más reciente) para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <source>A hand-over cannot be in the future.</source>
        <translation>Una entrega no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>A hand-over cannot come before the specimen was collected.</source>
        <translation>Una entrega no puede ser anterior a la recogida de la muestra.</translation>
    </message>
    <message>
        <source>Hand-overs are recorded in order: this one is earlier than the last one recorded.</source>
        <translation>Las entregas se registran en orden: esta es anterior a la última registrada.</translation>
    </message>
    <message>
        <source>The specimen was last with {holder}; the hand-over must start from them.</source>
        <translation>La muestra estaba por última vez en poder de {holder}; la entrega debe partir de esa persona.</translation>
    </message>
    <message>
        <source>A hand-over goes to someone else.</source>
        <translation>Una entrega se hace a otra persona.</translation>
    </message>
    <message>
        <source>The examination cannot be in the future.</source>
        <translation>El examen no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>Injury markers are numbered 1, 2, 3… with no number used twice.</source>
        <translation>Las marcas de lesión se numeran 1, 2, 3… sin repetir ningún número.</translation>
    </message>
    <message>
        <source>An injury marker is outside the body outline.</source>
        <translation>Una marca de lesión está fuera de la silueta.</translation>
    </message>
    <message>
        <source>Say what kind of injury each marker is.</source>
        <translation>Indique qué tipo de lesión es cada marca.</translation>
    </message>
    <message>
        <source>{label} cannot be given in the future.</source>
        <translation>{label} no se puede administrar en el futuro.</translation>
    </message>
    <message>
        <source>{label} is recorded before the incident.</source>
        <translation>{label} está registrado antes del incidente.</translation>
    </message>
    <message>
        <source>A follow-up cannot be due before the examination.</source>
        <translation>Un seguimiento no puede vencer antes del examen.</translation>
    </message>
    <message>
        <source>Say what each follow-up is for.</source>
        <translation>Indique para qué es cada seguimiento.</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, dose 2 (1 month)</source>
        <translation>Vacuna de la hepatitis B, dosis 2 (1 mes)</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, dose 3 (2 months)</source>
        <translation>Vacuna de la hepatitis B, dosis 3 (2 meses)</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, booster (12 months)</source>
        <translation>Vacuna de la hepatitis B, refuerzo (12 meses)</translation>
    </message>
    <message>
        <source>PEP course complete: check adherence and side effects</source>
        <translation>Fin del tratamiento de PEP: comprobar la adherencia y los efectos secundarios</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 caracteres: letras minúsculas a-z, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empieza por una letra o un dígito.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n character(s) (a few unrelated words make a good one).</source>
        <translation>
            <numerusform>La contraseña es demasiado corta: use al menos %n carácter (unas pocas palabras sin relación forman una buena).</numerusform>
            <numerusform>La contraseña es demasiado corta: use al menos %n caracteres (unas pocas palabras sin relación forman una buena).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>La contraseña es demasiado larga: use como máximo %n carácter.</numerusform>
            <numerusform>La contraseña es demasiado larga: use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>The password is too weak. {hint} Try a longer phrase.</source>
        <translation>La contraseña es demasiado débil. {hint} Pruebe con una frase más larga.</translation>
    </message>
    <message>
        <source>The risk checklist {name} is not valid at {where}: {message}</source>
        <translation>La lista de valoración del riesgo {name} no es válida en {where}: {message}</translation>
    </message>
    <message>
        <source>The risk checklist {name} asks a question id twice: {ids}.</source>
        <translation>La lista de valoración del riesgo {name} repite un identificador de pregunta: {ids}.</translation>
    </message>
    <message numerus="yes">
        <source>The risk checklist {name} has thresholds that cannot work: medium ({medium}) must be below high ({high}), and high no more than the %n question(s).</source>
        <translation>
            <numerusform>La lista de valoración del riesgo {name} tiene umbrales imposibles: medio ({medium}) debe ser menor que alto ({high}), y alto no mayor que su %n pregunta.</numerusform>
            <numerusform>La lista de valoración del riesgo {name} tiene umbrales imposibles: medio ({medium}) debe ser menor que alto ({high}), y alto no mayor que sus %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The risk checklist {name} translates questions it does not ask ({language}): {ids}.</source>
        <translation>La lista de valoración del riesgo {name} traduce preguntas que no formula ({language}): {ids}.</translation>
    </message>
    <message>
        <source>The risk checklist {name} cannot be read: {exc}</source>
        <translation>No se puede leer la lista de valoración del riesgo {name}: {exc}</translation>
    </message>
    <message>
        <source>The risk checklist {name} is not valid JSON (line {lineno}, column {colno}): {msg}.</source>
        <translation>La lista de valoración del riesgo {name} no es JSON válido (línea {lineno}, columna {colno}): {msg}.</translation>
    </message>
    <message>
        <source>The checklist does not ask: {ids}.</source>
        <translation>La lista de valoración no pregunta: {ids}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer: give one to each (&quot;not known&quot; and &quot;declined&quot; are answers).</source>
        <translation>
            <numerusform>%n pregunta no tiene respuesta: respóndala («no se sabe» y «no quiso responder» son respuestas).</numerusform>
            <numerusform>%n preguntas no tienen respuesta: responda a cada una («no se sabe» y «no quiso responder» son respuestas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Professional judgement may raise the level, not lower it below {value} (the score&apos;s level).</source>
        <translation>El juicio profesional puede elevar el nivel, no bajarlo de {value} (el nivel de la puntuación).</translation>
    </message>
    <message>
        <source>Say why your judgement raises the level.</source>
        <translation>Indique por qué su juicio eleva el nivel.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>A name cannot contain invisible direction marks (they can make it display as another name). Type it again without copying it from elsewhere.</source>
        <translation>Un nombre no puede contener marcas de dirección invisibles (pueden hacer que se vea como otro nombre). Escríbalo de nuevo sin copiarlo de otro sitio.</translation>
    </message>
    <message>
        <source>A name cannot contain characters that are not valid text.</source>
        <translation>Un nombre no puede contener caracteres que no sean texto válido.</translation>
    </message>
    <message>
        <source>This text cannot contain invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere.</source>
        <translation>Este texto no puede contener marcas de dirección invisibles (pueden hacer que se muestre como otra cosa). Escríbalo de nuevo sin copiarlo de otro sitio.</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (or DD/MM/YYYY).</source>
        <translation>Escriba la fecha como AAAA-MM-DD (o DD/MM/AAAA).</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>No existe el mes {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} {year}.</source>
        <translation>No existe el {day} de {month} de {year}.</translation>
    </message>
    <message>
        <source>Type the time as 15:00 or 3:00 PM.</source>
        <translation>Escriba la hora como 15:00 o 3:00 PM.</translation>
    </message>
    <message>
        <source>With AM or PM, the hour is 1 to 12 (or type 15:00).</source>
        <translation>Con AM o PM, la hora va de 1 a 12 (o escriba 15:00).</translation>
    </message>
    <message>
        <source>There is no {time} on a clock.</source>
        <translation>{time} no es una hora válida.</translation>
    </message>
    <message>
        <source>Enter a name or the alias she chose (either is enough).</source>
        <translation>Escriba un nombre o el alias que ella eligió (basta con uno).</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>Como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>Un nombre no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth is before {OLDEST_BIRTH_YEAR}.</source>
        <translation>La fecha de nacimiento es anterior a {OLDEST_BIRTH_YEAR}.</translation>
    </message>
    <message>
        <source>An age is between 0 and {MAX_AGE}.</source>
        <translation>Una edad está entre 0 y {MAX_AGE}.</translation>
    </message>
    <message>
        <source>Give the date of birth or an estimated age, not both.</source>
        <translation>Indique la fecha de nacimiento o una edad estimada, no ambas.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, - or brackets only.</source>
        <translation>Un número de teléfono solo tiene dígitos, espacios, +, - o paréntesis.</translation>
    </message>
    <message>
        <source>Give the time of the incident, or mark it as not known.</source>
        <translation>Indique el momento del incidente o márquelo como desconocido.</translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation>El final del intervalo es anterior a su inicio.</translation>
    </message>
    <message>
        <source>The incident cannot be in the future.</source>
        <translation>El incidente no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth is after the incident.</source>
        <translation>La fecha de nacimiento es posterior al incidente.</translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n character(s) here.</source>
        <translation>
            <numerusform>Escriba como máximo %n carácter aquí.</numerusform>
            <numerusform>Escriba como máximo %n caracteres aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>An injury number is the injury&apos;s number in the injuries table (1, 2 …).</source>
        <translation>El número de una lesión es su número en la tabla de lesiones (1, 2 …).</translation>
    </message>
    <message>
        <source>This image is too large to open safely.</source>
        <translation>Esta imagen es demasiado grande para abrirla con seguridad.</translation>
    </message>
    <message>
        <source>This file is not a picture OneStop can read.</source>
        <translation>Este archivo no es una imagen que OneStop pueda leer.</translation>
    </message>
    <message>
        <source>This file is not a picture OneStop can read, nor a PDF: its content is something else, whatever its name or type says.</source>
        <translation>Este archivo no es una imagen que OneStop pueda leer ni un PDF: su contenido es otra cosa, digan lo que digan su nombre o su tipo.</translation>
    </message>
    <message>
        <source>Attach files to a section of her file.</source>
        <translation>Adjunte los archivos a una sección de su expediente.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Files of up to 50 MB can be attached.</source>
        <translation>Se pueden adjuntar archivos de hasta 50 MB.</translation>
    </message>
    <message>
        <source>Attach a photograph (JPEG, PNG…) or a PDF scan.</source>
        <translation>Adjunte una fotografía (JPEG, PNG…) o un PDF escaneado.</translation>
    </message>
    <message>
        <source>The file name is at most 255 characters.</source>
        <translation>El nombre del archivo tiene como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>She has not consented to photography (at the time the picture was taken). Record her decision in the consent ledger first; nothing was saved.</source>
        <translation>Ella no consintió la fotografía (en el momento en que se tomó la imagen). Registre primero su decisión en el registro de consentimientos; no se guardó nada.</translation>
    </message>
    <message>
        <source>A picture cannot be taken in the future.</source>
        <translation>Una imagen no puede tomarse en el futuro.</translation>
    </message>
    <message>
        <source>Someone else moved this attachment while you were editing it. Nothing was saved: open it again to see their changes, then make yours.</source>
        <translation>Otra persona movió este adjunto mientras usted lo editaba. No se guardó nada: ábralo de nuevo para ver sus cambios y luego haga los suyos.</translation>
    </message>
    <message>
        <source>She had not consented to photography at that time. Check the time the picture was taken and the consent ledger; nothing was saved.</source>
        <translation>Ella no había consentido la fotografía en ese momento. Compruebe la hora en que se tomó la imagen y el registro de consentimientos; no se guardó nada.</translation>
    </message>
    <message>
        <source>The attachment you chose is not in case {reference}: it may have been removed. Choose it again from the list.</source>
        <translation>El archivo adjunto elegido no está en el caso {reference}: puede que se haya eliminado. Vuelva a elegirlo en la lista.</translation>
    </message>
    <message>
        <source>This attachment has no thumbnail.</source>
        <translation>Este adjunto no tiene miniatura.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>There is already a OneStop vault in this folder.</source>
        <translation>Ya hay una bóveda de OneStop en esta carpeta.</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the vault.</source>
        <translation>Elija una carpeta vacía (o nueva) para la bóveda.</translation>
    </message>
    <message>
        <source>There is no OneStop vault in {path}.</source>
        <translation>No hay ninguna bóveda de OneStop en {path}.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now: the vault folder cannot be written to (the disk may be full, or the folder read-only), so a failed attempt could not be recorded. Free some space or ask IT to check the folder, then try again.</source>
        <translation>No es posible iniciar sesión ahora: no se puede escribir en la carpeta de la bóveda (el disco puede estar lleno o la carpeta ser de solo lectura), así que un intento fallido no podría registrarse. Libere espacio o pida a informática que revise la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator if you need access again.</source>
        <translation>Esta cuenta está desactivada. Consulte a la persona administradora si vuelve a necesitar acceso.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Esta bóveda no tiene clave de recuperación.</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>La clave de recuperación no es correcta.</translation>
    </message>
    <message>
        <source>This account is not active in this vault. Ask the administrator.</source>
        <translation>Esta cuenta no está activa en esta bóveda. Consulte a la persona administradora.</translation>
    </message>
    <message>
        <source>Break-glass is not available on the centre&apos;s server yet, so nothing was opened or recorded. Ask a colleague who works in that section.</source>
        <translation>El acceso de emergencia todavía no está disponible en el servidor del centro, así que no se abrió ni se registró nada. Pida ayuda a un colega que trabaje en esa sección.</translation>
    </message>
    <message>
        <source>The vault&apos;s record of this access was removed or altered, with its reason; the audit trail still holds the access. Ask the admin to verify the vault.</source>
        <translation>El registro de este acceso en la bóveda se eliminó o se modificó, con su motivo; el registro de auditoría aún contiene el acceso. Pida a la persona administradora que verifique la bóveda.</translation>
    </message>
    <message>
        <source>The vault marked this access reviewed, but no manager&apos;s review of it is in the audit trail. Ask the admin to verify the vault.</source>
        <translation>La bóveda marcó este acceso como revisado, pero ninguna revisión de la coordinación figura en el registro de auditoría. Pida a la persona administradora que verifique la bóveda.</translation>
    </message>
    <message>
        <source>No manager has signed in to receive break-glass reasons yet: your reason could not be kept for the review, so nothing was opened.</source>
        <translation>Ninguna persona de la coordinación ha iniciado sesión todavía para recibir los motivos de los accesos de emergencia: su motivo no pudo guardarse para la revisión, así que no se abrió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Write why you need this section (at least %n character(s)): the manager reviews every break-glass access.</source>
        <translation>
            <numerusform>Escriba por qué necesita esta sección (al menos %n carácter): la coordinación revisa cada acceso de emergencia.</numerusform>
            <numerusform>Escriba por qué necesita esta sección (al menos %n caracteres): la coordinación revisa cada acceso de emergencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what you found: it stays with the access.</source>
        <translation>Escriba lo que encontró: queda unido al acceso.</translation>
    </message>
    <message>
        <source>That break-glass access is not on record: choose one from the list again.</source>
        <translation>Ese acceso de emergencia no consta en el registro: vuelva a elegir uno en la lista.</translation>
    </message>
    <message>
        <source>This access was already reviewed.</source>
        <translation>Este acceso ya fue revisado.</translation>
    </message>
    <message>
        <source>The number of children is between 0 and 30.</source>
        <translation>El número de hijos está entre 0 y 30.</translation>
    </message>
    <message>
        <source>Each language is a name of at most 60 characters.</source>
        <translation>Cada idioma es un nombre de como máximo 60 caracteres.</translation>
    </message>
    <message>
        <source>&quot;{username}&quot; is not an active caseworker.</source>
        <translation>«{username}» no es un gestor de casos activo.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>Un caso no puede abrirse en el futuro.</translation>
    </message>
    <message>
        <source>Say why the case is being closed.</source>
        <translation>Indique por qué se cierra el caso.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>Este caso ya está cerrado.</translation>
    </message>
    <message>
        <source>This case is open; only a closed case can be reopened.</source>
        <translation>Este caso está abierto; solo un caso cerrado puede reabrirse.</translation>
    </message>
    <message>
        <source>A new meeting cannot be in the past.</source>
        <translation>Una reunión nueva no puede ser en el pasado.</translation>
    </message>
    <message>
        <source>An agency is named twice.</source>
        <translation>Una entidad aparece dos veces.</translation>
    </message>
    <message>
        <source>An agency&apos;s name is at most 200 characters.</source>
        <translation>El nombre de una entidad tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>There is already a meeting that day.</source>
        <translation>Ya hay una reunión ese día.</translation>
    </message>
    <message>
        <source>This meeting&apos;s minutes are closed.</source>
        <translation>El acta de esta reunión está cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting&apos;s venue is at most %n character(s).</source>
        <translation>
            <numerusform>El lugar de una reunión tiene como máximo %n carácter.</numerusform>
            <numerusform>El lugar de una reunión tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the manager, who runs the meeting, or the case&apos;s own caseworker may see or record this case at a conference.</source>
        <translation>Solo la gerente, que dirige la reunión, o la trabajadora social del caso pueden ver o registrar este caso en una conferencia.</translation>
    </message>
    <message>
        <source>Only the manager, who runs the meeting and sees every case on it, closes its minutes.</source>
        <translation>Solo la gerente, que dirige la reunión y ve todos los casos de su orden del día, cierra el acta.</translation>
    </message>
    <message>
        <source>That meeting is not on record: none was chosen, or it was removed. Choose a meeting on the Conferences screen first.</source>
        <translation>Esa reunión no consta en el registro: no se eligió ninguna o se eliminó. Elija primero una reunión en la pantalla de Reuniones de coordinación.</translation>
    </message>
    <message>
        <source>Close the minutes of the meeting before this one first.</source>
        <translation>Cierre primero el acta de la reunión anterior.</translation>
    </message>
    <message>
        <source>Action {i}: give the agency, the owner and what to do.</source>
        <translation>Acción {i}: indique la entidad, la persona responsable y lo que hay que hacer.</translation>
    </message>
    <message>
        <source>An action cannot be due before the meeting that agrees it.</source>
        <translation>Una acción no puede vencer antes de la reunión que la acuerda.</translation>
    </message>
    <message>
        <source>That action is not one this meeting reviews: choose one from its list.</source>
        <translation>Esa acción no es de las que revisa esta reunión: elija una de su lista.</translation>
    </message>
    <message>
        <source>That action is not on record: it may have been removed. Choose it again from the list.</source>
        <translation>Esa acción no consta en el registro: puede que se haya eliminado. Vuelva a elegirla en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried from the last meeting have no outcome yet: say for each whether it was done, not done or is no longer possible.</source>
        <translation>
            <numerusform>%n acción arrastrada de la última reunión aún no tiene resultado: indique si se hizo, no se hizo o ya no es posible.</numerusform>
            <numerusform>%n acciones arrastradas de la última reunión aún no tienen resultado: indique para cada una si se hizo, no se hizo o ya no es posible.</numerusform>
        </translation>
    </message>
    <message>
        <source>record of who was at the meeting</source>
        <translation>registro de asistencia a la reunión</translation>
    </message>
    <message>
        <source>discussion of the case</source>
        <translation>deliberación sobre el caso</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>La fecha de derivación no puede ser futura.</translation>
    </message>
    <message>
        <source>{reference} is not waiting for a conference.</source>
        <translation>{reference} no está a la espera de una reunión de coordinación.</translation>
    </message>
    <message>
        <source>Say why the action was not done.</source>
        <translation>Indique por qué no se realizó la acción.</translation>
    </message>
    <message>
        <source>Say why the action is no longer possible.</source>
        <translation>Indique por qué la acción ya no es posible.</translation>
    </message>
    <message numerus="yes">
        <source>One person a line, at most %n character(s) each.</source>
        <translation>
            <numerusform>Una persona por línea, %n carácter como máximo cada una.</numerusform>
            <numerusform>Una persona por línea, %n caracteres como máximo cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this action; open it again.</source>
        <translation>Otra persona cambió esta acción; ábrala de nuevo.</translation>
    </message>
    <message>
        <source>Say why the case should go to the conference.</source>
        <translation>Indique por qué el caso debe ir a la reunión de coordinación.</translation>
    </message>
    <message>
        <source>No consent has been recorded for this purpose.</source>
        <translation>No se ha registrado ningún consentimiento para este fin.</translation>
    </message>
    <message>
        <source>Consent given on {when}.</source>
        <translation>Consentimiento dado el {when}.</translation>
    </message>
    <message>
        <source>Consent refused on {when}.</source>
        <translation>Consentimiento rechazado el {when}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {when}.</source>
        <translation>Consentimiento retirado el {when}.</translation>
    </message>
    <message>
        <source>Name the agency this consent is for.</source>
        <translation>Indique la entidad a la que se refiere este consentimiento.</translation>
    </message>
    <message>
        <source>An agency is named only for sharing with an agency.</source>
        <translation>Solo se indica una entidad para compartir con una entidad.</translation>
    </message>
    <message>
        <source>Name the guardian who decided.</source>
        <translation>Indique el tutor o la tutora que decidió.</translation>
    </message>
    <message>
        <source>A decision cannot be recorded ahead of time.</source>
        <translation>Una decisión no puede registrarse por adelantado.</translation>
    </message>
    <message>
        <source>A decision older than 30 days cannot be entered now.</source>
        <translation>Una decisión de hace más de 30 días no puede introducirse ahora.</translation>
    </message>
    <message>
        <source>Name the agency the information would go to.</source>
        <translation>Indique la entidad a la que irían los datos.</translation>
    </message>
    <message>
        <source>Seed between 1 and 1,000,000 survivors.</source>
        <translation>Genere entre 1 y 1.000.000 de sobrevivientes.</translation>
    </message>
    <message>
        <source>This vault already holds cases; demo data goes only into a new, empty vault.</source>
        <translation>Esta bóveda ya contiene casos; los datos de demostración solo van a una bóveda nueva y vacía.</translation>
    </message>
    <message>
        <source>Demo walk-ins go only into a demo vault; this one holds files opened by staff.</source>
        <translation>Las llegadas de demostración solo van a una bóveda de demostración; esta contiene expedientes abiertos por el personal.</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name.</source>
        <translation>Indique el nombre de la entidad.</translation>
    </message>
    <message>
        <source>The name is one line.</source>
        <translation>El nombre ocupa una sola línea.</translation>
    </message>
    <message>
        <source>An agency of that name is already listed.</source>
        <translation>Ya figura una entidad con ese nombre.</translation>
    </message>
    <message>
        <source>That agency is not in the directory: it may have been removed. Choose one from the list.</source>
        <translation>Esa entidad no está en el directorio: puede que se haya eliminado. Elija una de la lista.</translation>
    </message>
    <message>
        <source>Someone else changed this agency; open it again.</source>
        <translation>Otra persona cambió esta entidad; ábrala de nuevo.</translation>
    </message>
    <message>
        <source>The file needs a header row with at least &apos;name&apos; and &apos;sector&apos;.</source>
        <translation>El archivo necesita una fila de encabezado con al menos &apos;name&apos; y &apos;sector&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>Línea {line}: {message}</translation>
    </message>
    <message>
        <source>The file lists an agency twice.</source>
        <translation>El archivo incluye una entidad dos veces.</translation>
    </message>
    <message>
        <source>Save the document as a .pdf file.</source>
        <translation>Guarde el documento como archivo .pdf.</translation>
    </message>
    <message>
        <source>Give the months as YYYY-MM.</source>
        <translation>Indique los meses como AAAA-MM.</translation>
    </message>
    <message>
        <source>The Incident Recorder is sent for months that have ended: choose {month} or an earlier month.</source>
        <translation>El Incident Recorder se envía para meses ya terminados: elija {month} o un mes anterior.</translation>
    </message>
    <message>
        <source>Save it as a {suffix} file.</source>
        <translation>Guárdelo como archivo {suffix}.</translation>
    </message>
    <message>
        <source>Only a manager, as the centre&apos;s data focal point, may export the Incident Recorder: its rows are incident by incident.</source>
        <translation>Solo la coordinación, como punto focal de datos del centro, puede exportar el Incident Recorder: sus filas son incidente por incidente.</translation>
    </message>
    <message>
        <source>Save the DHIS2 data value set as a .json file.</source>
        <translation>Guarde el conjunto de valores DHIS2 como archivo .json.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Esa carpeta no existe.</translation>
    </message>
    <message>
        <source>A file of that name is already there; choose another name.</source>
        <translation>Ya hay un archivo con ese nombre; elija otro nombre.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file cannot be read.</source>
        <translation>No se puede leer el archivo de correspondencia DHIS2.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>Una contraseña tiene al menos %n carácter.</numerusform>
            <numerusform>Una contraseña tiene al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name contains her name. Files carry the case reference and the document type only, e.g. {example}.</source>
        <translation>El nombre del archivo contiene el nombre de ella. Los archivos solo llevan la referencia del caso y el tipo de documento, p. ej., {example}.</translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n character(s).</source>
        <translation>
            <numerusform>Una contraseña de documento tiene al menos %n carácter.</numerusform>
            <numerusform>Una contraseña de documento tiene al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why this must be shared without her consent (at least %n character(s)).</source>
        <translation>
            <numerusform>Explique por qué debe compartirse sin su consentimiento (al menos %n carácter).</numerusform>
            <numerusform>Explique por qué debe compartirse sin su consentimiento (al menos %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>{missing} Record {whose} in the consent ledger first, or ask a manager to authorise sharing without consent, with a written reason. No file was written.</source>
        <translation>{missing} Registre primero {whose} en el registro de consentimientos, o pida a la coordinación que autorice compartir sin consentimiento, con un motivo escrito. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>A folder on the way to the file is named after her: anyone who lists the disk reads her name. Choose a folder named for no one.</source>
        <translation>Una carpeta en la ruta del archivo lleva su nombre: quien recorra el disco leerá su nombre. Elija una carpeta que no lleve el nombre de nadie.</translation>
    </message>
    <message>
        <source>Documents are written in English, French, Spanish or Arabic.</source>
        <translation>Los documentos se redactan en inglés, francés, español o árabe.</translation>
    </message>
    <message>
        <source>her decision</source>
        <translation>su decisión</translation>
    </message>
    <message>
        <source>Only a manager may authorise sharing without the survivor&apos;s consent. No file was written.</source>
        <translation>Solo la coordinación puede autorizar compartir sin el consentimiento de la sobreviviente. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>No referral of case {reference} was chosen, or it was removed. Choose a referral first.</source>
        <translation>No se eligió ninguna derivación del caso {reference}, o se eliminó. Elija primero una derivación.</translation>
    </message>
    <message>
        <source>The letter needs the reason for the referral: write it in the referral first. No file was written.</source>
        <translation>La carta necesita el motivo de la derivación: escríbalo primero en la derivación. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>She has not consented to sharing her information with this agency. {why}</source>
        <translation>No ha dado su consentimiento para compartir su información con esta entidad. {why}</translation>
    </message>
    <message>
        <source>She has not consented to {purpose}. {why}</source>
        <translation>No ha dado su consentimiento para {purpose}. {why}</translation>
    </message>
    <message>
        <source>A medico-legal report goes to the police or to court.</source>
        <translation>Un informe médico-legal va a la policía o al juzgado.</translation>
    </message>
    <message>
        <source>There is no examination to report for this incident.</source>
        <translation>No hay ningún examen que informar para este incidente.</translation>
    </message>
    <message>
        <source>The examination you chose is not in case {reference}: choose one of its examinations first.</source>
        <translation>El examen elegido no está en el caso {reference}: elija primero uno de sus exámenes.</translation>
    </message>
    <message>
        <source>The examination you chose is not of the incident you chose.</source>
        <translation>El examen elegido no corresponde al incidente elegido.</translation>
    </message>
    <message>
        <source>The incident you chose is not in case {reference}: choose one of its incidents first.</source>
        <translation>El incidente elegido no está en el caso {reference}: elija primero uno de sus incidentes.</translation>
    </message>
    <message>
        <source>Choose at least one section for the bundle.</source>
        <translation>Elija al menos una sección para la carpeta de documentos.</translation>
    </message>
    <message>
        <source>Counselling notes are a bundle of their own, paginated on its own: export them alone, and the other parts as the court bundle.</source>
        <translation>Las notas de atención psicológica forman una carpeta de documentos propia, paginada aparte: expórtelas solas, y las demás partes como carpeta de documentos para el tribunal.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle has %n page(s): more than the 350 a court accepts under Practice Direction 27A unless it directs otherwise. Leave out parts, or print the medical encounters as a summary table, or export it anyway. Nothing was written.</source>
        <translation>
            <numerusform>La carpeta de documentos tiene %n página: más de las 350 que un tribunal acepta según la Practice Direction 27A, salvo que disponga otra cosa. Quite partes, imprima las consultas médicas como tabla resumen, o expórtela de todos modos. No se escribió nada.</numerusform>
            <numerusform>La carpeta de documentos tiene %n páginas: más de las 350 que un tribunal acepta según la Practice Direction 27A, salvo que disponga otra cosa. Quite partes, imprima las consultas médicas como tabla resumen, o expórtela de todos modos. No se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counselling notes go to court only with her own consent to disclose them to a court; her consent to use her records in court does not cover them. {why} Nothing was written.</source>
        <translation>Las notas de atención psicológica solo van al tribunal con su propio consentimiento para divulgarlas a un tribunal; su consentimiento para usar su expediente en el tribunal no las cubre. {why} No se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Write why the counselling notes are relevant to these proceedings (at least %n character(s)): it is printed at the head of their section.</source>
        <translation>
            <numerusform>Escriba por qué las notas de atención psicológica son pertinentes para este procedimiento (al menos %n carácter): se imprime al principio de su sección.</numerusform>
            <numerusform>Escriba por qué las notas de atención psicológica son pertinentes para este procedimiento (al menos %n caracteres): se imprime al principio de su sección.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the court and the case number for the cover: the counselling notes are a bundle of their own, and the court must be able to match it to its case. Nothing was written.</source>
        <translation>Escriba el juzgado y el número de causa para la portada: las notas de atención psicológica forman una carpeta de documentos propia, y el tribunal debe poder vincularla a su causa. No se escribió nada.</translation>
    </message>
    <message>
        <source>Statement {n} is not a PDF OneStop can read.</source>
        <translation>La declaración {n} no es un PDF que OneStop pueda leer.</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>el tribunal</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>el número de causa</translation>
    </message>
    <message>
        <source>the hearing date and time</source>
        <translation>la fecha y la hora de la audiencia</translation>
    </message>
    <message numerus="yes">
        <source>Decide case by case: for {cases}, choose why it is shared without her consent and say what makes it so (at least %n character(s)). No file was written.</source>
        <translation>
            <numerusform>Decida caso por caso: para {cases}, elija por qué se comparte sin su consentimiento y explique qué lo justifica (al menos %n carácter). No se escribió ningún archivo.</numerusform>
            <numerusform>Decida caso por caso: para {cases}, elija por qué se comparte sin su consentimiento y explique qué lo justifica (al menos %n caracteres). No se escribió ningún archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What is typed for %n case(s) ({cases}) contains invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere. No file was written.</source>
        <translation>
            <numerusform>Lo escrito para %n caso ({cases}) contiene marcas de dirección invisibles (pueden hacer que se muestre como otra cosa). Escríbalo de nuevo sin copiarlo de otro sitio. No se escribió ningún archivo.</numerusform>
            <numerusform>Lo escrito para %n casos ({cases}) contiene marcas de dirección invisibles (pueden hacer que se muestre como otra cosa). Escríbalo de nuevo sin copiarlo de otro sitio. No se escribió ningún archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether she has been told is said for each case shared without her consent, not once for all. No file was written.</source>
        <translation>Si se le ha informado se indica para cada caso comunicado sin su consentimiento, no una vez para todos. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Say for each case shared without her consent whether she has been told of it: {cases}. No file was written.</source>
        <translation>Indique para cada caso comunicado sin su consentimiento si se le ha informado: {cases}. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>For {case}: {problem} No file was written.</source>
        <translation>Para {case}: {problem} No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Name the agencies attending this meeting first: the pack is checked against each survivor&apos;s consent to share with them.</source>
        <translation>Indique primero las entidades que asisten a esta reunión: el dosier se comprueba con el consentimiento de cada sobreviviente para compartir con ellas.</translation>
    </message>
    <message>
        <source>No case is on the agenda of this meeting: there is no pack.</source>
        <translation>No hay casos en el orden del día de esta reunión: no hay dosier.</translation>
    </message>
    <message>
        <source>No case of yours is on the agenda of this meeting: the manager, who runs the meeting, prints its whole pack.</source>
        <translation>Ninguno de sus casos está en el orden del día de esta reunión: la gerente, que dirige la reunión, imprime el dossier completo.</translation>
    </message>
    <message>
        <source>Not every survivor consented to sharing with the agencies: {cases}.</source>
        <translation>No todas las sobrevivientes consintieron compartir con las entidades: {cases}.</translation>
    </message>
    <message>
        <source>each one&apos;s decision</source>
        <translation>la decisión de cada una</translation>
    </message>
    <message>
        <source>This case has no safety plan yet: write it on the Risk and safety tab first.</source>
        <translation>Este caso aún no tiene plan de seguridad: escríbalo primero en la pestaña Riesgo y seguridad.</translation>
    </message>
    <message>
        <source>A file named {name} is already there; choose another name.</source>
        <translation>Ya existe un archivo llamado {name}; elija otro nombre.</translation>
    </message>
    <message>
        <source>No meeting is planned: plan the next one on the Conferences screen.</source>
        <translation>No hay ninguna reunión planificada: planifique la próxima en la pantalla Reuniones de coordinación.</translation>
    </message>
    <message>
        <source>sharing this information with the police</source>
        <translation>compartir esta información con la policía</translation>
    </message>
    <message>
        <source>the use of this information in court</source>
        <translation>usar esta información ante el tribunal</translation>
    </message>
    <message>
        <source>sharing this information with the agency</source>
        <translation>compartir esta información con la entidad</translation>
    </message>
    <message>
        <source>Choose an incident of this case.</source>
        <translation>Elija un incidente de este caso.</translation>
    </message>
    <message>
        <source>Choose the examiner from the centre&apos;s clinical staff.</source>
        <translation>Elija al examinador entre el personal clínico del centro.</translation>
    </message>
    <message>
        <source>Name the examiner: choose the examiner from the centre&apos;s staff, or type the name of an examiner who is not on its staff.</source>
        <translation>Indique quién realizó el examen: elija a esa persona entre el personal del centro o escriba el nombre de alguien que no forme parte de él.</translation>
    </message>
    <message>
        <source>{name} is on the centre&apos;s staff: choose {name} from the staff as the examiner instead of typing the name.</source>
        <translation>{name} forma parte del personal del centro: elija a {name} entre el personal para el examen en lugar de escribir el nombre.</translation>
    </message>
    <message>
        <source>The forensic examination you chose is not in case {reference}: choose one of its examinations first.</source>
        <translation>El examen forense elegido no está en el caso {reference}: elija primero uno de sus exámenes.</translation>
    </message>
    <message>
        <source>Every specimen needs its seal number.</source>
        <translation>Cada muestra necesita su número de precinto.</translation>
    </message>
    <message>
        <source>This seal number is already recorded.</source>
        <translation>Este número de precinto ya está registrado.</translation>
    </message>
    <message>
        <source>Name who collected the specimen.</source>
        <translation>Indique quién recogió la muestra.</translation>
    </message>
    <message>
        <source>A specimen cannot be collected in the future.</source>
        <translation>Una muestra no puede recogerse en el futuro.</translation>
    </message>
    <message>
        <source>A specimen cannot be collected before the examination.</source>
        <translation>Una muestra no puede recogerse antes del examen.</translation>
    </message>
    <message>
        <source>This change would break the recorded chain of custody at hand-over {n}: {reason}</source>
        <translation>Este cambio rompería la cadena de custodia registrada en la entrega {n}: {reason}</translation>
    </message>
    <message>
        <source>No consent to forensic evidence collection was in force when this specimen was collected. Record her decision in the consent ledger first; nothing was saved.</source>
        <translation>No había consentimiento en vigor para la recogida de pruebas forenses cuando se recogió esta muestra. Registre primero su decisión en el registro de consentimientos; no se guardó nada.</translation>
    </message>
    <message>
        <source>The specimen you chose is not in case {reference}: choose one of its specimens first.</source>
        <translation>La muestra elegida no está en el caso {reference}: elija primero una de sus muestras.</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Lesión</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{label} {n}, {column}: {message}</source>
        <translation>{label} {n}, {column}: {message}</translation>
    </message>
    <message>
        <source>The health encounter you chose is not in case {reference}: choose one of its encounters first.</source>
        <translation>La consulta de salud elegida no está en el caso {reference}: elija primero una de sus consultas.</translation>
    </message>
    <message>
        <source>This encounter is marked as entered in error: clear the mark before correcting it.</source>
        <translation>Esta consulta está marcada como registrada por error: quite la marca antes de corregirla.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the encounter.</source>
        <translation>Indique el motivo: se conserva con la consulta.</translation>
    </message>
    <message>
        <source>This encounter is already marked so.</source>
        <translation>Esta consulta ya está marcada así.</translation>
    </message>
    <message>
        <source>This encounter is not marked as entered in error.</source>
        <translation>Esta consulta no está marcada como registrada por error.</translation>
    </message>
    <message>
        <source>Give the end of the time range, after its start.</source>
        <translation>Indique el final del intervalo, después de su inicio.</translation>
    </message>
    <message>
        <source>The number of perpetrators is between 1 and 50.</source>
        <translation>El número de agresores está entre 1 y 50.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the incident.</source>
        <translation>Indique el motivo: se conserva con el incidente.</translation>
    </message>
    <message>
        <source>This incident is already marked so.</source>
        <translation>Este incidente ya está marcado así.</translation>
    </message>
    <message>
        <source>This incident is not marked as entered in error.</source>
        <translation>Este incidente no está marcado como registrado por error.</translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation>Indique el juzgado.</translation>
    </message>
    <message>
        <source>Say what the hearing is for.</source>
        <translation>Indique para qué es la audiencia.</translation>
    </message>
    <message>
        <source>A hearing that has not happened yet has no outcome.</source>
        <translation>Una audiencia que aún no se ha celebrado no tiene resultado.</translation>
    </message>
    <message>
        <source>Say what kind of order it is.</source>
        <translation>Indique qué tipo de orden es.</translation>
    </message>
    <message>
        <source>An order cannot be issued in the future.</source>
        <translation>Una orden no puede dictarse en el futuro.</translation>
    </message>
    <message>
        <source>An order cannot expire before it was issued.</source>
        <translation>Una orden no puede vencer antes de dictarse.</translation>
    </message>
    <message>
        <source>This order has expired; it cannot be entered as active.</source>
        <translation>Esta orden ha vencido; no puede introducirse como vigente.</translation>
    </message>
    <message>
        <source>Only an account that is an active administrator in the backup may restore it (the restored vault would not let you in otherwise).</source>
        <translation>Solo una cuenta que sea administradora activa en la copia de seguridad puede restaurarla (de lo contrario, la bóveda restaurada no le dejaría entrar).</translation>
    </message>
    <message>
        <source>On the centre&apos;s server, backups are made and restored with the command line (onestop-cli admin backup or admin restore with --server), not from a workstation. Nothing was changed.</source>
        <translation>En el servidor del centro, las copias de seguridad se hacen y se restauran desde la línea de comandos (onestop-cli admin backup o admin restore con --server), no desde un puesto de trabajo. No se cambió nada.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another.</source>
        <translation>Ya existe un archivo con ese nombre; elija otro.</translation>
    </message>
    <message>
        <source>Say in a few words (at most 200 characters) why the finding is acknowledged.</source>
        <translation>Diga en pocas palabras (200 caracteres como máximo) por qué se da por revisado el hallazgo.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not a tamper finding.</source>
        <translation>La entrada de auditoría {seq} no es un hallazgo de manipulación.</translation>
    </message>
    <message>
        <source>Choose your own password first.</source>
        <translation>Elija primero su propia contraseña.</translation>
    </message>
    <message>
        <source>This backup belongs to another vault; it cannot be restored into this one.</source>
        <translation>Esta copia pertenece a otra bóveda; no puede restaurarse en esta.</translation>
    </message>
    <message>
        <source>This backup was made under an earlier vault key and your password of that time does not open it. Restore it with the account that made it.</source>
        <translation>Esta copia se hizo con una clave anterior de la bóveda y su contraseña de entonces no la abre. Restáurela con la cuenta que la hizo.</translation>
    </message>
    <message>
        <source>Give a name (or what she calls him, such as &apos;the landlord&apos;).</source>
        <translation>Indique un nombre (o cómo lo llama ella, como «el casero»).</translation>
    </message>
    <message>
        <source>Give his date of birth or his age group, not both: with a date of birth his age group is worked out at each incident.</source>
        <translation>Indique su fecha de nacimiento o su grupo de edad, no ambos: con la fecha de nacimiento, su grupo de edad se calcula en cada incidente.</translation>
    </message>
    <message>
        <source>That perpetrator is not on record: choose him again from the list.</source>
        <translation>Ese agresor no consta en el registro: vuelva a elegirlo en la lista.</translation>
    </message>
    <message>
        <source>The perpetrator you chose is not linked to case {reference}: choose him again from the list.</source>
        <translation>El agresor elegido no está vinculado al caso {reference}: vuelva a elegirlo en la lista.</translation>
    </message>
    <message>
        <source>He is already linked to this incident.</source>
        <translation>Ya está vinculado a este incidente.</translation>
    </message>
    <message>
        <source>There is no case &quot;{reference}&quot;.</source>
        <translation>No hay ningún caso «{reference}».</translation>
    </message>
    <message>
        <source>Someone else saved this {what} while you were editing it. Nothing was saved: open it again to see their changes, then make yours.</source>
        <translation>Otra persona guardó este registro ({what}) mientras usted lo editaba. No se guardó nada: ábralo de nuevo para ver sus cambios y luego haga los suyos.</translation>
    </message>
    <message>
        <source>No {label} of case {reference} was chosen, or it was removed. Choose it again from the list.</source>
        <translation>No se eligió ningún registro «{label}» del caso {reference}, o se eliminó. Vuelva a elegirlo en la lista.</translation>
    </message>
    <message>
        <source>Name the agency.</source>
        <translation>Indique la entidad.</translation>
    </message>
    <message>
        <source>Say which service she is referred for.</source>
        <translation>Indique para qué servicio se la deriva.</translation>
    </message>
    <message>
        <source>That agency is not in the directory (or no longer active).</source>
        <translation>Esa entidad no está en el directorio (o ya no está activa).</translation>
    </message>
    <message>
        <source>The directory calls this agency &quot;{name}&quot;.</source>
        <translation>El directorio llama a esta entidad «{name}».</translation>
    </message>
    <message>
        <source>A contact and a reference come with the agency&apos;s answer.</source>
        <translation>Un contacto y una referencia acompañan la respuesta de la entidad.</translation>
    </message>
    <message>
        <source>This cannot be recorded before it has happened.</source>
        <translation>Esto no puede registrarse antes de que haya ocurrido.</translation>
    </message>
    <message>
        <source>This referral&apos;s status is {status}; it cannot change any more.</source>
        <translation>El estado de esta derivación es {status}; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>This referral&apos;s status is {status}; it can now become: {allowed}.</source>
        <translation>El estado de esta derivación es {status}; ahora puede pasar a: {allowed}.</translation>
    </message>
    <message>
        <source>This is before the case was opened.</source>
        <translation>Esto es anterior a la apertura del caso.</translation>
    </message>
    <message>
        <source>Give the reason for the referral: the agency&apos;s letter states it.</source>
        <translation>Indique el motivo de la derivación: la carta a la entidad lo recoge.</translation>
    </message>
    <message>
        <source>She has not consented to sharing her information with {agency}. Record her decision in the consent ledger first; the referral was not sent.</source>
        <translation>Ella no consintió compartir sus datos con {agency}. Registre primero su decisión en el registro de consentimientos; la derivación no se envió.</translation>
    </message>
    <message>
        <source>Only a manager may purge a case.</source>
        <translation>Solo la coordinación puede purgar un caso.</translation>
    </message>
    <message>
        <source>Type the case reference again to confirm the purge.</source>
        <translation>Escriba de nuevo la referencia del caso para confirmar la purga.</translation>
    </message>
    <message>
        <source>Only a closed case can be purged.</source>
        <translation>Solo un caso cerrado puede purgarse.</translation>
    </message>
    <message>
        <source>This case is still within its retention period; it cannot be purged yet.</source>
        <translation>Este caso sigue dentro de su periodo de conservación; aún no puede purgarse.</translation>
    </message>
    <message>
        <source>The default risk checklist {DEFAULT_INSTRUMENT} is missing.</source>
        <translation>Falta la lista de valoración del riesgo predeterminada {DEFAULT_INSTRUMENT}.</translation>
    </message>
    <message>
        <source>OneStop does not know that risk checklist.</source>
        <translation>OneStop no conoce esa lista de valoración de riesgos.</translation>
    </message>
    <message>
        <source>A safety plan needs at least one part filled in.</source>
        <translation>Un plan de seguridad necesita al menos una parte completada.</translation>
    </message>
    <message>
        <source>The code word is one line.</source>
        <translation>La palabra clave ocupa una sola línea.</translation>
    </message>
    <message>
        <source>This case has a safety plan: edit it (its history is kept).</source>
        <translation>Este caso tiene un plan de seguridad: edítelo (se conserva su historial).</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>La bóveda está bloqueada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>Su sesión está cerrada. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation>Inició sesión con una contraseña de un solo uso: elija primero su propia contraseña.</translation>
    </message>
    <message>
        <source>A recovery-key session cannot be unlocked; sign in again.</source>
        <translation>Una sesión con clave de recuperación no puede desbloquearse; inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Esta cuenta está desactivada. Consulte a la persona administradora.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation>Indique el nombre del centro tal como debe figurar en los documentos.</translation>
    </message>
    <message>
        <source>One line of at most 200 characters.</source>
        <translation>Una línea de como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Africa/Nairobi.</source>
        <translation>Elija una zona horaria de la lista, p. ej. Africa/Nairobi.</translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n minute(s).</source>
        <translation>
            <numerusform>Entre {low} y %n minuto.</numerusform>
            <numerusform>Entre {low} y %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n day(s).</source>
        <translation>
            <numerusform>Entre {low} y %n día.</numerusform>
            <numerusform>Entre {low} y %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} (no limit) and %n day(s).</source>
        <translation>
            <numerusform>Entre {low} (sin límite) y %n día.</numerusform>
            <numerusform>Entre {low} (sin límite) y %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most 7 lines and 500 characters.</source>
        <translation>Como máximo 7 líneas y 500 caracteres.</translation>
    </message>
    <message>
        <source>An admission cannot be in the future.</source>
        <translation>Un ingreso no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>Give the room.</source>
        <translation>Indique la habitación.</translation>
    </message>
    <message>
        <source>The number of children is between 0 and 15.</source>
        <translation>El número de hijos está entre 0 y 15.</translation>
    </message>
    <message>
        <source>The planned exit is before the admission.</source>
        <translation>La salida prevista es anterior al ingreso.</translation>
    </message>
    <message>
        <source>The exit is before the admission.</source>
        <translation>La salida es anterior al ingreso.</translation>
    </message>
    <message>
        <source>An exit that has not happened cannot be recorded yet.</source>
        <translation>Una salida que no ha ocurrido aún no puede registrarse.</translation>
    </message>
    <message>
        <source>Say where she went (or &apos;not known&apos;).</source>
        <translation>Indique adónde fue (o «no se sabe»).</translation>
    </message>
    <message>
        <source>Give the room a name of at most 50 characters.</source>
        <translation>Dé a la habitación un nombre de como máximo 50 caracteres.</translation>
    </message>
    <message>
        <source>A room needs at least one bed.</source>
        <translation>Una habitación necesita al menos una cama.</translation>
    </message>
    <message>
        <source>Each bed has its own label of at most 50 characters.</source>
        <translation>Cada cama tiene su propia etiqueta de como máximo 50 caracteres.</translation>
    </message>
    <message>
        <source>There is already a room of that name.</source>
        <translation>Ya hay una habitación con ese nombre.</translation>
    </message>
    <message>
        <source>Give each new bed its own label of at most 50 characters.</source>
        <translation>Dé a cada cama nueva su propia etiqueta de como máximo 50 caracteres.</translation>
    </message>
    <message>
        <source>That room is not on record: it may have been removed. Choose a room from the list.</source>
        <translation>Esa habitación no consta en el registro: puede que se haya eliminado. Elija una habitación de la lista.</translation>
    </message>
    <message>
        <source>That bed is not on record: it may have been removed. Choose a bed from the list.</source>
        <translation>Esa cama no consta en el registro: puede que se haya eliminado. Elija una cama de la lista.</translation>
    </message>
    <message>
        <source>That waiting-list entry is not on record: it may have been removed. Choose one from the list.</source>
        <translation>Esa entrada de la lista de espera no consta en el registro: puede que se haya eliminado. Elija una de la lista.</translation>
    </message>
    <message>
        <source>{room} already has a bed {beds}.</source>
        <translation>{room} ya tiene una cama {beds}.</translation>
    </message>
    <message>
        <source>Someone is in this bed: move her first.</source>
        <translation>Alguien ocupa esta cama: trasládela primero.</translation>
    </message>
    <message>
        <source>This bed is taken: choose a free one.</source>
        <translation>Esta cama está ocupada: elija una libre.</translation>
    </message>
    <message>
        <source>She is already staying in the shelter: move her instead.</source>
        <translation>Ya está alojada en el albergue: trasládela en su lugar.</translation>
    </message>
    <message>
        <source>This stay has ended.</source>
        <translation>Esta estancia ha terminado.</translation>
    </message>
    <message>
        <source>This stay has already ended.</source>
        <translation>Esta estancia ya ha terminado.</translation>
    </message>
    <message>
        <source>She is already on the waiting list.</source>
        <translation>Ya está en la lista de espera.</translation>
    </message>
    <message>
        <source>Say why she leaves the list (one line).</source>
        <translation>Indique por qué sale de la lista (una línea).</translation>
    </message>
    <message>
        <source>Statistics are released for a whole calendar month, quarter or year only, so that one release cannot be subtracted from another to give the counts of a few days.</source>
        <translation>Las estadísticas solo se publican por mes, trimestre o año natural completos, para que una publicación no pueda restarse de otra y dar los recuentos de unos pocos días.</translation>
    </message>
    <message>
        <source>Not a period: {text}. Write a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>No es un período: {text}. Escriba un mes (2026-11), un trimestre (2026-Q4) o un año (2026).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>The period has not ended yet: statistics are released once it is over, so that a later release of it cannot be subtracted from this one.</source>
        <translation>El período aún no ha terminado: las estadísticas se publican cuando concluye, para que una publicación posterior no pueda restarse de esta.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indique lo que hay que hacer.</translation>
    </message>
    <message>
        <source>&quot;{assignee}&quot; is not an active member of staff.</source>
        <translation>«{assignee}» no es un miembro activo del personal.</translation>
    </message>
    <message>
        <source>This record is sealed with a key you were not given yet: a colleague confirms your account first. Nothing was saved.</source>
        <translation>Este registro está sellado con una clave que aún no se le ha dado: primero una colega confirma su cuenta. No se guardó nada.</translation>
    </message>
    <message>
        <source>Your account waits for a colleague who already reads {section} records to confirm it (onestop-cli admin confirm-user). Until then these records stay closed to you.</source>
        <translation>Su cuenta espera a que un colega que ya lee los registros de {section} la confirme (onestop-cli admin confirm-user). Hasta entonces, estos registros siguen cerrados para usted.</translation>
    </message>
    <message>
        <source>There is no account named &quot;{username}&quot;.</source>
        <translation>No hay ninguna cuenta llamada «{username}».</translation>
    </message>
    <message>
        <source>{username} has not chosen their own password yet: confirm the account after its first sign-in.</source>
        <translation>{username} aún no ha elegido su propia contraseña: confirme la cuenta después de su primer inicio de sesión.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the account&apos;s key: nothing was granted. Check it with your colleague in person.</source>
        <translation>La huella no coincide con la clave de la cuenta: no se concedió nada. Compruébela en persona con su colega.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is not as an admin created it: nothing was granted. Ask the admin to run the checks (verify).</source>
        <translation>La cuenta de {username} no es como la creó un administrador: no se concedió nada. Pida al administrador que ejecute las comprobaciones (verify).</translation>
    </message>
    <message>
        <source>{username}&apos;s role does not read the records you hold keys for.</source>
        <translation>El rol de {username} no lee los registros cuyas claves usted tiene.</translation>
    </message>
    <message>
        <source>A sealed record could not be opened with your keys: it was moved, altered, or sealed with a key you were not given.</source>
        <translation>No se pudo abrir un registro sellado con sus claves: fue movido, alterado o sellado con una clave que no se le dio.</translation>
    </message>
    <message>
        <source>The user name &quot;{name}&quot; is already taken.</source>
        <translation>El nombre de usuario «{name}» ya está en uso.</translation>
    </message>
    <message numerus="yes">
        <source>One line of at most %n character(s).</source>
        <translation>
            <numerusform>Una línea de %n carácter como máximo.</numerusform>
            <numerusform>Una línea de %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is already disabled.</source>
        <translation>La cuenta «{username}» ya está desactivada.</translation>
    </message>
    <message>
        <source>The last active admin account cannot be disabled.</source>
        <translation>La última cuenta de administración activa no puede desactivarse.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is already active.</source>
        <translation>La cuenta «{username}» ya está activa.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is disabled; re-enable it instead.</source>
        <translation>La cuenta «{username}» está desactivada; reactívela en su lugar.</translation>
    </message>
    <message>
        <source>The recovery key has no password to change.</source>
        <translation>La clave de recuperación no tiene contraseña que cambiar.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Elija una contraseña distinta de la actual.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>Escriba el nombre de la persona tal como la conocen sus colegas.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n character(s).</source>
        <translation>
            <numerusform>Un nombre tiene como máximo %n carácter.</numerusform>
            <numerusform>Un nombre tiene como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n character(s).</source>
        <translation>
            <numerusform>Un motivo puede tener como máximo %n carácter.</numerusform>
            <numerusform>Un motivo puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason cannot contain control characters.</source>
        <translation>Un motivo no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A reason cannot contain invisible characters (direction marks, zero-width spaces): they can make it display as something else. Type it again without copying it from elsewhere.</source>
        <translation>Un motivo no puede contener caracteres invisibles (marcas de dirección, espacios de ancho cero): pueden hacer que se muestre como otra cosa. Escríbalo de nuevo sin copiarlo de otro sitio.</translation>
    </message>
    <message>
        <source>A reason cannot contain characters that are not valid text.</source>
        <translation>Un motivo no puede contener caracteres que no son texto válido.</translation>
    </message>
    <message numerus="yes">
        <source>At most {limit:,} character(s).</source>
        <translation>
            <numerusform>Como máximo {limit:,} carácter.</numerusform>
            <numerusform>Como máximo {limit:,} caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup&apos;s description (its vault, date and contents) was altered or does not match its files, so it cannot be trusted. Nothing was restored.</source>
        <translation>La descripción de esta copia de seguridad (su bóveda, fecha y contenido) fue alterada o no coincide con sus archivos, así que no es de fiar. No se restauró nada.</translation>
    </message>
    <message>
        <source>This file is not a OneStop backup: it holds parts larger or other than a backup&apos;s. Nothing was unpacked.</source>
        <translation>Este archivo no es una copia de seguridad de OneStop: contiene partes más grandes que las de una copia o de otro tipo. No se desempaquetó nada.</translation>
    </message>
    <message>
        <source>This file is not a OneStop backup, or it is damaged.</source>
        <translation>Este archivo no es una copia de seguridad de OneStop, o está dañado.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to unpack this backup ({mb} MB needed). Nothing was written.</source>
        <translation>No hay suficiente espacio libre en el disco para desempaquetar esta copia de seguridad (se necesitan {mb} MB). No se escribió nada.</translation>
    </message>
    <message>
        <source>The backup file was not found.</source>
        <translation>No se encontró el archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of your key slot is damaged or was edited, so you cannot sign in. Ask the administrator.</source>
        <translation>La copia de su ranura de clave en el servidor está dañada o fue editada, así que no puede iniciar sesión. Consulte a la persona administradora.</translation>
    </message>
    <message>
        <source>The server already has a database login for that user name (from another database on the same server). Choose another user name, or ask IT.</source>
        <translation>El servidor ya tiene un usuario de base de datos con ese nombre de usuario (de otra base de datos del mismo servidor). Elija otro nombre de usuario o pregunte al servicio informático.</translation>
    </message>
    <message>
        <source>An attachment file is missing from the vault.</source>
        <translation>Falta un archivo adjunto en la bóveda.</translation>
    </message>
    <message>
        <source>An attachment file in the vault is damaged.</source>
        <translation>Un archivo adjunto de la bóveda está dañado.</translation>
    </message>
    <message>
        <source>An attachment file in the vault is damaged or was altered.</source>
        <translation>Un archivo adjunto de la bóveda está dañado o fue alterado.</translation>
    </message>
    <message>
        <source>An attachment file does not match its recorded SHA-256.</source>
        <translation>Un archivo adjunto no coincide con su SHA-256 registrado.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s database is damaged and could not be read. Nothing was changed. Restore the vault from its most recent backup.</source>
        <translation>Parte de la base de datos de la bóveda está dañada y no se pudo leer. No se cambió nada. Restaure la bóveda desde su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is missing. Nothing was created in its place. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>Falta el archivo de base de datos de la bóveda (vault.db). No se creó nada en su lugar. Restaure la bóveda desde su copia de seguridad más reciente (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved and nothing was changed. Free some space (or ask IT to), then try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar nada y no se cambió nada. Libere espacio (o pida a informática que lo haga) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to (it is read-only, or belongs to another user), so nothing was changed. Ask IT to check the folder&apos;s permissions.</source>
        <translation>No se puede escribir en la carpeta de la bóveda (es de solo lectura o pertenece a otro usuario), así que no se cambió nada. Pida a informática que revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The vault could not be opened for writing (journal mode).</source>
        <translation>No se pudo abrir la bóveda para escribir (modo de diario).</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened: the file is damaged or does not belong to this vault. Restore it from a backup.</source>
        <translation>No se pudo abrir la base de datos de la bóveda: el archivo está dañado o no pertenece a esta bóveda. Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault is busy with another task. Try again in a moment.</source>
        <translation>La bóveda está ocupada con otra tarea. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>A recovery key is six groups of five letters and digits, like ABCDE-12345-…</source>
        <translation>Una clave de recuperación son seis grupos de cinco letras y dígitos, como ABCDE-12345-…</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) is damaged or was edited, so no one can sign in. Restore the vault from a backup.</source>
        <translation>El archivo de claves de la bóveda (keyslots.json) está dañado o fue editado, así que nadie puede iniciar sesión. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) is missing. Restore the vault from a backup.</source>
        <translation>Falta el archivo de claves de la bóveda (keyslots.json). Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) was altered and cannot be trusted. Restore the vault from a backup.</source>
        <translation>El archivo de claves de la bóveda (keyslots.json) fue alterado y no es fiable. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json was altered; the key was not changed. Restore the vault from a backup.</source>
        <translation>Se alteró una ranura de clave en keyslots.json; la clave no se cambió. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This vault is already open in another OneStop window or command{who}. Close it there first, then try again.</source>
        <translation>Esta bóveda ya está abierta en otra ventana o comando de OneStop{who}. Ciérrela allí primero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>forensic samples</source>
        <translation>muestras forenses</translation>
    </message>
    <message>
        <source>Due: {what}</source>
        <translation>Pendiente: {what}</translation>
    </message>
    <message numerus="yes">
        <source>{room} / {bed} · %n child(ren)</source>
        <translation>
            <numerusform>{room} / {bed} · %n hijo</numerusform>
            <numerusform>{room} / {bed} · %n hijos</numerusform>
        </translation>
    </message>
    <message>
        <source>{agency}: no answer since {date}</source>
        <translation>{agency}: sin respuesta desde el {date}</translation>
    </message>
    <message>
        <source>Tell her that her file was shared without her consent on {date}: {who} will tell her.</source>
        <translation>Decirle que su expediente se compartió sin su consentimiento el {date}: {who} se lo dirá.</translation>
    </message>
    <message>
        <source>Her details changed after the check for existing files: check again.</source>
        <translation>Sus datos cambiaron después de buscar expedientes existentes: busque de nuevo.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal (vault.db-wal) is damaged: changes already saved would be lost if the vault were opened. Nothing was changed. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>El diario de la bóveda (vault.db-wal) está dañado: se perderían cambios ya guardados si se abriera la bóveda. No se cambió nada. Restaure la bóveda desde su copia de seguridad más reciente (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>The vault&apos;s journal (vault.db-wal) was removed while its index remained: the latest saved changes are missing. Nothing was changed. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>El diario de la bóveda (vault.db-wal) se eliminó mientras su índice seguía ahí: faltan los últimos cambios guardados. No se cambió nada. Restaure la bóveda desde su copia de seguridad más reciente (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>This is not a mapping saved by OneStop.</source>
        <translation>No es una correspondencia guardada por OneStop.</translation>
    </message>
    <message>
        <source>Each field can be given by one column only.</source>
        <translation>Cada campo solo puede venir de una columna.</translation>
    </message>
    <message>
        <source>Map a column to the name, the alias or the register id.</source>
        <translation>Asigne una columna al nombre, al alias o al identificador del registro.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV: a cell on row {line} is far too long or badly quoted.</source>
        <translation>Este archivo no se puede leer como CSV: una celda de la fila {line} es demasiado larga o sus comillas están mal cerradas.</translation>
    </message>
    <message>
        <source>This workbook cannot be read: it is damaged or not an .xlsx file.</source>
        <translation>Este libro no se puede leer: está dañado o no es un archivo .xlsx.</translation>
    </message>
    <message>
        <source>Not one of the options: {value}.</source>
        <translation>No es una de las opciones: {value}.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %n column(s) the file does not have.</source>
        <translation>
            <numerusform>La correspondencia nombra %n columna que el archivo no tiene.</numerusform>
            <numerusform>La correspondencia nombra %n columnas que el archivo no tiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not text: it cannot be a register. Save the register as CSV (UTF-8) or .xlsx.</source>
        <translation>Este archivo no es texto: no puede ser un registro. Guarde el registro como CSV (UTF-8) o .xlsx.</translation>
    </message>
    <message>
        <source>This file mixes encodings (some rows UTF-8, others not), so some names would come in garbled: save it again as CSV UTF-8.</source>
        <translation>Este archivo mezcla codificaciones (unas filas en UTF-8, otras no), así que algunos nombres llegarían desfigurados: guárdelo de nuevo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Esta fecha está en el futuro.</translation>
    </message>
    <message>
        <source>Give the type of the incident.</source>
        <translation>Indique el tipo del incidente.</translation>
    </message>
    <message>
        <source>This holds an invisible character garbled by the wrong encoding: save the file again as CSV UTF-8.</source>
        <translation>Esto contiene un carácter invisible desfigurado por una codificación equivocada: guarde de nuevo el archivo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>Not a whole number: {value}.</source>
        <translation>No es un número entero: {value}.</translation>
    </message>
    <message>
        <source>Only a caseworker or a manager may check a register to import.</source>
        <translation>Solo un/a gestor/a del caso o la coordinación puede comprobar un registro para importarlo.</translation>
    </message>
    <message>
        <source>Only a caseworker may import a register; a manager may check it first.</source>
        <translation>Solo un/a gestor/a del caso puede importar un registro; la coordinación puede comprobarlo antes.</translation>
    </message>
    <message>
        <source>Rows would be refused: correct the file and check it again.</source>
        <translation>Se rechazarían filas: corrija el archivo y vuelva a comprobarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Decide for each possible duplicate: %n left.</source>
        <translation>
            <numerusform>Decida sobre cada posible duplicado: queda %n.</numerusform>
            <numerusform>Decida sobre cada posible duplicado: quedan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed since it was checked: check it again.</source>
        <translation>El archivo cambió desde la comprobación: vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Type the date, e.g. 2026-12-02.</source>
        <translation>Escriba la fecha, p. ej. 2026-12-02.</translation>
    </message>
    <message>
        <source>Type the time, e.g. 15:00.</source>
        <translation>Escriba la hora, p. ej. 15:00.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file is not JSON (line {line}: {reason}).</source>
        <translation>El archivo de correspondencia DHIS2 no es JSON (línea {line}: {reason}).</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at {place}: {reason}</source>
        <translation>El archivo de correspondencia DHIS2, en {place}: {reason}</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: OneStop has no count {indicator} / {row}. Indicators: {known}.</source>
        <translation>El archivo de correspondencia DHIS2, en dataValues[{n}]: OneStop no tiene el recuento {indicator} / {row}. Indicadores: {known}.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: say which column of {indicator} (one of {columns}).</source>
        <translation>El archivo de correspondencia DHIS2, en dataValues[{n}]: indique qué columna de {indicator} (una de {columns}).</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: {element} / {combo} is mapped twice.</source>
        <translation>El archivo de correspondencia DHIS2, en dataValues[{n}]: {element} / {combo} aparece dos veces.</translation>
    </message>
    <message>
        <source>Statistics for {period} cannot be released: a count in them is 1 to 4, and the other counts printed with it would let a reader work out exactly what it is, whatever else is hidden. Nothing was released.</source>
        <translation>Las estadísticas de {period} no pueden publicarse: una cifra está entre 1 y 4, y las demás cifras impresas con ella permitirían a un lector deducir su valor exacto, se oculte lo que se oculte. No se ha publicado nada.</translation>
    </message>
    <message>
        <source>Statistics for {period} cannot be released: a count in them is 1 to 4, and with the statistics released before for {periods}, printing it as &lt;5 would let a reader work out exactly what it is, whatever else is hidden. Nothing was released; the statistics released before stand.</source>
        <translation>Las estadísticas de {period} no pueden publicarse: una cifra está entre 1 y 4 y, con las estadísticas publicadas antes para {periods}, imprimirla como &lt;5 permitiría a un lector deducir su valor exacto, se oculte lo que se oculte. No se ha publicado nada; las estadísticas publicadas antes siguen siendo válidas.</translation>
    </message>
    <message>
        <source>Statistics for {period} were released on {date}, and the figures have changed since (a record added or changed, or a consent withdrawn). Releasing them again would let the two releases be subtracted to reveal the change, so the first release stands: give the partner that one.</source>
        <translation>Las estadísticas de {period} se publicaron el {date} y las cifras han cambiado desde entonces (un registro añadido o modificado, o un consentimiento retirado). Publicarlas de nuevo permitiría restar ambas publicaciones y revelar el cambio: vale la primera publicación, entregue esa al socio.</translation>
    </message>
    <message>
        <source>Type the fingerprint your colleague reads to you from their own screen.</source>
        <translation>Escriba la huella que su colega le lee desde su propia pantalla.</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a PostgreSQL URL with the centre&apos;s CA certificate (postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).</source>
        <translation>La dirección del servidor no es una URL de PostgreSQL con el certificado de la autoridad de certificación del centro (postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).</translation>
    </message>
    <message>
        <source>The server&apos;s address must not hold a password: keep the workstation login&apos;s password in the PostgreSQL password file (~/.pgpass).</source>
        <translation>La dirección del servidor no debe contener ninguna contraseña: guarde la contraseña del usuario del puesto de trabajo en el archivo de contraseñas de PostgreSQL (~/.pgpass).</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate named in the server&apos;s address is not on this workstation. Ask IT to copy it here.</source>
        <translation>El certificado de la autoridad de certificación del centro indicado en la dirección del servidor no está en este puesto de trabajo. Pida al servicio informático que lo copie aquí.</translation>
    </message>
    <message>
        <source>The centre&apos;s server cannot be reached. Check the network, or ask IT whether the server is running.</source>
        <translation>No se puede acceder al servidor del centro. Compruebe la red o pregunte al servicio informático si el servidor está en marcha.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the centre&apos;s CA certificate on this workstation, so OneStop did not connect. Ask IT.</source>
        <translation>El certificado del servidor no coincide con el certificado de la autoridad de certificación del centro que hay en este puesto de trabajo, así que OneStop no se conectó. Consulte al servicio informático.</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s own login (its password in ~/.pgpass is wrong or missing). Ask IT.</source>
        <translation>El servidor rechazó el usuario propio de este puesto de trabajo (su contraseña en ~/.pgpass es incorrecta o falta). Consulte al servicio informático.</translation>
    </message>
    <message>
        <source>The server refused your database login: it may not be enrolled yet (onestop-cli admin enrol-login). Ask the administrator.</source>
        <translation>El servidor rechazó su usuario de la base de datos: puede que aún no esté inscrito (onestop-cli admin enrol-login). Consulte al administrador.</translation>
    </message>
    <message>
        <source>The centre&apos;s server holds an older audit trail than this workstation last saw: it may have been put back to an older copy. OneStop did not sign in. Tell the administrator.</source>
        <translation>El servidor del centro tiene un registro de auditoría más antiguo que el último que vio este puesto: puede que se haya vuelto a una copia anterior. OneStop no ha iniciado sesión. Avise al administrador.</translation>
    </message>
    <message>
        <source>The centre&apos;s server has not been upgraded to this version of OneStop yet. OneStop did not sign in and changed nothing. Ask the person who looks after the server to run &quot;onestop-cli admin upgrade --server&quot; (docs/SERVER.md).</source>
        <translation>El servidor del centro todavía no se ha actualizado a esta versión de OneStop. OneStop no inició sesión y no cambió nada. Pida a la persona que administra el servidor que ejecute «onestop-cli admin upgrade --server» (docs/SERVER.md).</translation>
    </message>
    <message>
        <source>The centre&apos;s server has been upgraded to a newer version of OneStop than this workstation&apos;s. OneStop did not sign in and changed nothing. Install that version (or newer) on this workstation.</source>
        <translation>El servidor del centro se ha actualizado a una versión de OneStop más reciente que la de este puesto. OneStop no inició sesión y no cambió nada. Instale esa versión (o una más reciente) en este puesto.</translation>
    </message>
    <message>
        <source>This is a backup of a vault on one computer, not of a centre server: restore it with the vault&apos;s own restore.</source>
        <translation>Esta es la copia de una bóveda en un solo ordenador, no de un servidor del centro: restáurela con la restauración de la propia bóveda.</translation>
    </message>
    <message>
        <source>Say whether she has been told of this sharing: told on a day, not yet (and who will tell her), or not told because telling her would put her or others at risk. No file was written.</source>
        <translation>Indique si se le ha informado de esta comunicación: informada en una fecha, todavía no (y quién se lo dirá), o no informada porque decírselo la pondría en riesgo a ella o a otras personas. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Say on which day she was told.</source>
        <translation>Indique qué día se le informó.</translation>
    </message>
    <message>
        <source>The day she was told cannot be after today ({today}).</source>
        <translation>El día en que se le informó no puede ser posterior a hoy ({today}).</translation>
    </message>
    <message>
        <source>The day she was told cannot be before her case was opened ({opened}).</source>
        <translation>El día en que se le informó no puede ser anterior a la apertura de su caso ({opened}).</translation>
    </message>
    <message>
        <source>Say who will tell her.</source>
        <translation>Indique quién se lo dirá.</translation>
    </message>
    <message numerus="yes">
        <source>Who will tell her: one line of at most %n character(s).</source>
        <translation>
            <numerusform>Quién se lo dirá: una línea de como máximo %n carácter.</numerusform>
            <numerusform>Quién se lo dirá: una línea de como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why telling her would put her or others at risk (at least %n character(s)).</source>
        <translation>
            <numerusform>Explique por qué decírselo la pondría en riesgo a ella o a otras personas (al menos %n carácter).</numerusform>
            <numerusform>Explique por qué decírselo la pondría en riesgo a ella o a otras personas (al menos %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who record her consent, or a manager, record that she was told.</source>
        <translation>Solo quienes registran su consentimiento, o la dirección, registran que se le informó.</translation>
    </message>
    <message>
        <source>There is no sharing {sharing} in {reference}.</source>
        <translation>No hay ninguna comunicación {sharing} en {reference}.</translation>
    </message>
    <message>
        <source>A record of this case is at an earlier version than the audit trail records for it: someone with the vault key put it back. The records are not shown; ask an admin to run verify, which names it.</source>
        <translation>Un registro de este caso está en una versión anterior a la que el registro de auditoría indica para él: alguien con la clave de la bóveda lo devolvió a una versión anterior. Los registros no se muestran; pida a un administrador que verifique la bóveda, lo que lo identificará.</translation>
    </message>
</context>
<context>
    <name>MinutesChoices</name>
    <message>
        <source>What the minutes say</source>
        <translation>Lo que dice el acta</translation>
    </message>
    <message>
        <source>The minutes are closed: they are printed as kept.</source>
        <translation>El acta está cerrada: se imprime tal como se guardó.</translation>
    </message>
    <message>
        <source>Printed as kept: your role may not change the minutes.</source>
        <translation>Se imprime tal como se guardó: su rol no puede modificar el acta.</translation>
    </message>
    <message>
        <source>Time the meeting started</source>
        <translation>Hora de inicio de la reunión</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Present, one a line</source>
        <translation>Presentes, uno por línea</translation>
    </message>
    <message>
        <source>Apologies, one a line</source>
        <translation>Excusas, una por línea</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>Pre&amp;sidencia</translation>
    </message>
    <message>
        <source>&amp;Present (name, agency)</source>
        <translation>&amp;Presentes (nombre, entidad)</translation>
    </message>
    <message>
        <source>A&amp;pologies</source>
        <translation>E&amp;xcusas</translation>
    </message>
    <message>
        <source>Discussion of case {reference}</source>
        <translation>Deliberación sobre el caso {reference}</translation>
    </message>
    <message>
        <source>Discussion of {reference}</source>
        <translation>Deliberación sobre {reference}</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Choose the day from a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <source>e.g. 15:00</source>
        <translation>p. ej. 15:00</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field}: hora</translation>
    </message>
    <message>
        <source>{field}: choose the day from a calendar</source>
        <translation>{field}: elegir el día en un calendario</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Partner agencies</source>
        <translation>Entidades colaboradoras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>&amp;Add an agency…</source>
        <translation>&amp;Añadir una entidad…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>How well does our referral network work?</source>
        <translation>¿Funciona bien nuestra red de derivación?</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referrals declined</comment>
        <extracomment>A column of referral counts: referrals the agency declined.</extracomment>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>Mediana de días hasta la respuesta</translation>
    </message>
    <message>
        <source>Referral figures</source>
        <translation>Cifras de derivaciones</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>Importar entidades</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>That file cannot be read as UTF-8 CSV.</source>
        <translation>Ese archivo no se puede leer como CSV UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n añadida, </numerusform>
            <numerusform>%n añadidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n actualizada.</numerusform>
            <numerusform>%n actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agencies</source>
        <translation>Exportar entidades</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>No se pudo escribir el archivo en ese lugar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Nueva cuenta del personal</translation>
    </message>
    <message>
        <source>e.g. a.mensah</source>
        <translation>p. ej., a.mensah</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
</context>
<context>
    <name>NowToldDialog</name>
    <message>
        <source>She has now been told</source>
        <translation>Ya se le ha informado</translation>
    </message>
    <message>
        <source>She has now been told that the {document} was shared.</source>
        <translation>Ya se le ha informado de que se comunicó el documento «{document}».</translation>
    </message>
    <message>
        <source>The day she was told</source>
        <translation>El día en que se le informó</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;Informada el</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Give this one-time password to {name} ({user}) in person. It is shown only now; they choose their own password when they first sign in.</source>
        <translation>Entregue en persona esta contraseña de un solo uso a {name} ({user}). Solo se muestra ahora; elegirá su propia contraseña al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>Ya la he entregado</translation>
    </message>
</context>
<context>
    <name>PeriodChoices</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Month, quarter or year</source>
        <translation>Mes, trimestre o año</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Un mes</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Un trimestre</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>&amp;Released for</source>
        <translation>&amp;Publicado para</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>Qué período</translation>
    </message>
    <message>
        <source>Per&amp;iod</source>
        <translation>Per&amp;íodo</translation>
    </message>
    <message>
        <source>Also write a &amp;DHIS2 data value set (JSON and CSV)</source>
        <translation>Escribir también un conjunto de valores &amp;DHIS2 (JSON y CSV)</translation>
    </message>
    <message>
        <source>DHIS2 mapping file</source>
        <translation>Archivo de correspondencia DHIS2</translation>
    </message>
    <message>
        <source>The mapping file from your ministry (JSON)</source>
        <translation>El archivo de correspondencia de su ministerio (JSON)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Mapping file</source>
        <translation>Archivo de &amp;correspondencia</translation>
    </message>
    <message>
        <source>Counts only survivors whose consent to statistics is in force; small counts are hidden, and a period overlapping one released before hides what would let the two be subtracted. A CSV file with the same figures is written beside the PDF (attached inside it when the PDF has a password).</source>
        <translation>Cuenta solo a las sobrevivientes cuyo consentimiento a las estadísticas está vigente; los recuentos pequeños se ocultan, y un período que se solapa con otro ya publicado oculta lo que permitiría restar uno de otro. Se escribe un archivo CSV con las mismas cifras junto al PDF (adjunto dentro cuando el PDF tiene contraseña).</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the DHIS2 mapping file (a JSON file from your ministry).</source>
        <translation>Elija el archivo de correspondencia DHIS2 (un archivo JSON de su ministerio).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile of {name}</source>
        <translation>Perfil de {name}</translation>
    </message>
    <message>
        <source>e.g. MB ChB, DFFLM</source>
        <translation>p. ej. MB ChB, DFFLM</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>&amp;Cualificaciones</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Cualificaciones</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>Número de &amp;colegiación</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Número de colegiación</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>known</source>
        <translation>conocido</translation>
    </message>
    <message>
        <source>{field} is known</source>
        <translation>{field} se conoce</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>Lo que escribió aquí no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>RecorderButton</name>
    <message>
        <source>GBVIMS &amp;Incident Recorder (.xlsx)…</source>
        <translation>&amp;Incident Recorder del GBVIMS (.xlsx)…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation>Añadir: {what}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>Editar: {what}</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>La clave de recuperación</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way back in. It is shown once: print it or write it down now, and keep it locked away from this computer.</source>
        <translation>Si todas las personas administradoras olvidan su contraseña, esta clave es la única forma de volver a entrar. Se muestra una sola vez: imprímala o anótela ahora y guárdela bajo llave lejos de este ordenador.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;Imprimir la clave de recuperación…</translation>
    </message>
    <message>
        <source>Group &amp;{n}</source>
        <translation>Grupo &amp;{n}</translation>
    </message>
    <message>
        <source>OneStop recovery key

{key}

Keep it locked away.</source>
        <translation>Clave de recuperación de OneStop

{key}

Guárdela bajo llave.</translation>
    </message>
    <message>
        <source>Group {n} does not match. Check what you wrote down.</source>
        <translation>El grupo {n} no coincide. Compruebe lo que anotó.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral of {ref}</source>
        <translation>Derivación de {ref}</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>Entidad que deriva</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <source>Referring &amp;agency</source>
        <translation>&amp;Entidad que deriva</translation>
    </message>
    <message>
        <source>Referral &amp;date</source>
        <translation>&amp;Fecha de derivación</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryDialog</name>
    <message>
        <source>Referral history</source>
        <translation>Historial de la derivación</translation>
    </message>
    <message>
        <source>Referral to {agency}</source>
        <translation>Derivación a {agency}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Contact at the agency</source>
        <translation>Contacto en la entidad</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Steps of the referral</source>
        <translation>Pasos de la derivación</translation>
    </message>
    <message>
        <source>Made (draft)</source>
        <translation>Creada (borrador)</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Carta impresa</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nueva derivación…</translation>
    </message>
    <message>
        <source>Referrals and where they stand</source>
        <translation>Derivaciones y su estado</translation>
    </message>
    <message>
        <source>Their contact and reference</source>
        <translation>Su contacto y referencia</translation>
    </message>
    <message>
        <source>Print the &amp;letter…</source>
        <translation>Imprimir la &amp;carta…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Registrar la &amp;respuesta…</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Completada</translation>
    </message>
    <message>
        <source>Cl&amp;ose the referral…</source>
        <translation>C&amp;errar la derivación…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>Respondido &amp;el</translation>
    </message>
    <message>
        <source>&amp;Contact at the agency</source>
        <translation>&amp;Contacto en la entidad</translation>
    </message>
    <message>
        <source>Their &amp;reference</source>
        <translation>Su &amp;referencia</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva derivación</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Derivar</translation>
    </message>
    <message>
        <source>Choose from the directory, or type a name</source>
        <translation>Elija del directorio o escriba un nombre</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Entidad</translation>
    </message>
    <message>
        <source>&amp;Service asked for</source>
        <translation>&amp;Servicio solicitado</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgencia</translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Motivo de la derivación</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>Elija primero una derivación.</translation>
    </message>
    <message>
        <source>The agency&apos;s answer</source>
        <translation>La respuesta de la entidad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>&amp;Lo que dijeron</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Cerrar la derivación</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Cerrarla</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Por qué</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Protection order expires</source>
        <translation>Orden de protección que vence</translation>
    </message>
    <message>
        <source>Referral overdue</source>
        <translation>Derivación atrasada</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tarea que vence</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Conference action due</source>
        <translation>Acción de la reunión que vence</translation>
    </message>
    <message>
        <source>Tell her of a sharing</source>
        <translation>Informarle de un intercambio</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (atrasado)</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Hearings in the next 14 days, protection orders expiring within 30, referrals without an answer, tasks, follow-ups and conference actions due, and survivors still to be told that their file was shared without their consent.</source>
        <translation>Audiencias en los próximos 14 días, órdenes de protección que vencen en 30, derivaciones sin respuesta, tareas, seguimientos y acciones de conferencia pendientes, y sobrevivientes a las que aún hay que informar de que su expediente se compartió sin su consentimiento.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring replaces every record in this vault with the records of the backup {file}. Work recorded since that backup is lost from the vault; a safety backup of the vault as it is now is made first.</source>
        <translation>Restaurar sustituye todos los registros de esta bóveda por los de la copia {file}. El trabajo registrado desde esa copia se pierde de la bóveda; antes se hace una copia de seguridad de la bóveda tal como está ahora.</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>Su &amp;contraseña</translation>
    </message>
    <message>
        <source>I understand that the records are replaced by the backup&apos;s</source>
        <translation>Entiendo que los registros se sustituyen por los de la copia</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Type your own password: it opens an older backup.</source>
        <translation>Escriba su propia contraseña: abre una copia más antigua.</translation>
    </message>
</context>
<context>
    <name>RevocationProgress</name>
    <message>
        <source>This takes a few seconds on a large vault. It cannot be stopped halfway; the window stays usable while it runs.</source>
        <translation>Esto tarda unos segundos en una bóveda grande. No se puede detener a medias; la ventana sigue utilizable mientras tanto.</translation>
    </message>
    <message>
        <source>This takes a moment. It cannot be stopped halfway.</source>
        <translation>Esto tarda un momento. No se puede detener a medias.</translation>
    </message>
    <message>
        <source>Disabling the account, moving its keys to new versions and stopping its database login</source>
        <translation>Desactivando la cuenta, pasando sus claves a nuevas versiones y deteniendo su acceso a la base de datos</translation>
    </message>
    <message>
        <source>Disabling the account and moving its keys to new versions</source>
        <translation>Desactivando la cuenta y pasando sus claves a nuevas versiones</translation>
    </message>
    <message>
        <source>Preparing a new vault key</source>
        <translation>Preparando una nueva clave de la bóveda</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with the new key</source>
        <translation>Volviendo a cifrar la bóveda con la nueva clave</translation>
    </message>
    <message>
        <source>Moving the attachments and recording the change</source>
        <translation>Moviendo los adjuntos y registrando el cambio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
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
        <translation>Todavía no hay valoración del riesgo.</translation>
    </message>
    <message>
        <source>Latest: {level} risk, score {score} ({when}). {trend}</source>
        <translation>Última: riesgo {level}, puntuación {score} ({when}). {trend}</translation>
    </message>
    <message>
        <source>Waiting for the case conference: {why}.</source>
        <translation>A la espera de la reunión de coordinación: {why}.</translation>
    </message>
    <message>
        <source>Not waiting for a case conference.</source>
        <translation>No está a la espera de una reunión de coordinación.</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Valoraciones del riesgo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de valoración del riesgo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Juicio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;New risk assessment</source>
        <translation>&amp;Nueva valoración del riesgo</translation>
    </message>
    <message>
        <source>Case-conference actions</source>
        <translation>Acciones de la reunión de coordinación</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <source>Shelter rooms and beds</source>
        <translation>Habitaciones y camas del albergue</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>Añadir una &amp;habitación…</translation>
    </message>
    <message>
        <source>Add &amp;beds to the selected room…</source>
        <translation>Añadir &amp;camas a la habitación seleccionada…</translation>
    </message>
    <message>
        <source>Re&amp;tire a bed…</source>
        <translation>Re&amp;tirar una cama…</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>Añadir una habitación</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Room &amp;name</source>
        <translation>&amp;Nombre de la habitación</translation>
    </message>
    <message>
        <source>&amp;Beds (labels, separated by commas)</source>
        <translation>&amp;Camas (etiquetas, separadas por comas)</translation>
    </message>
    <message>
        <source>Choose a room first.</source>
        <translation>Elija primero una habitación.</translation>
    </message>
    <message>
        <source>Add beds to {room}</source>
        <translation>Añadir camas a {room}</translation>
    </message>
    <message>
        <source>&amp;New beds (labels, separated by commas)</source>
        <translation>&amp;Camas nuevas (etiquetas, separadas por comas)</translation>
    </message>
    <message>
        <source>Retire a bed</source>
        <translation>Retirar una cama</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>&amp;Cama</translation>
    </message>
    <message>
        <source>A bed someone is in cannot be retired: she is moved first.</source>
        <translation>Una cama ocupada no se puede retirar: primero hay que trasladarla a ella.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanChoices</name>
    <message>
        <source>Her copy</source>
        <translation>Su copia</translation>
    </message>
    <message>
        <source>She wants the &amp;centre&apos;s name and &quot;Safety plan&quot; printed on it</source>
        <translation>Quiere el nombre del &amp;centro y «Plan de seguridad» impresos en ella</translation>
    </message>
    <message>
        <source>Print the centre&apos;s name on her copy</source>
        <translation>Imprimir el nombre del centro en su copia</translation>
    </message>
    <message>
        <source>Unticked, the pages and the file&apos;s properties name neither the centre nor the case, in case someone else finds it.</source>
        <translation>Sin marcar, ni las páginas ni las propiedades del archivo nombran el centro ni el caso, por si otra persona lo encuentra.</translation>
    </message>
    <message>
        <source>Print her code &amp;word on it</source>
        <translation>Imprimir su palabra &amp;clave en ella</translation>
    </message>
    <message>
        <source>Print her code word on her copy</source>
        <translation>Imprimir su palabra clave en su copia</translation>
    </message>
    <message>
        <source>Unticked, the code word is left off: whoever finds the plan would learn it. She can keep it in her head.</source>
        <translation>Sin marcar, la palabra clave no se imprime: quien encontrara el plan la conocería. Puede guardarla en la memoria.</translation>
    </message>
    <message>
        <source>She wants the full &amp;headings printed on it</source>
        <translation>Quiere los &amp;títulos completos impresos en ella</translation>
    </message>
    <message>
        <source>Print the full headings on her copy</source>
        <translation>Imprimir los títulos completos en su copia</translation>
    </message>
    <message>
        <source>Unticked, its parts are headed as ordinary notes (&quot;Things to keep ready&quot;, &quot;Places to go&quot;), not by what they are for, in case someone else finds it. With the centre&apos;s name printed, the full headings are printed too.</source>
        <translation>Sin marcar, sus partes llevan títulos de notas corrientes («Cosas para tener listas», «Lugares adonde ir»), no lo que son, por si otra persona lo encuentra. Con el nombre del centro impreso, también se imprimen los títulos completos.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanForm</name>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>Version {v}, saved {when} by {who}</source>
        <translation>Versión {v}, guardada el {when} por {who}</translation>
    </message>
    <message>
        <source>Save the safety &amp;plan</source>
        <translation>Guardar el &amp;plan de seguridad</translation>
    </message>
    <message>
        <source>Print &amp;her copy…</source>
        <translation>Imprimir &amp;su copia…</translation>
    </message>
    <message>
        <source>The saved plan, without her name, to take with her</source>
        <translation>El plan guardado, sin su nombre, para llevárselo</translation>
    </message>
    <message>
        <source>Save the changes first: her copy is the saved plan.</source>
        <translation>Guarde primero los cambios: su copia es el plan guardado.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Plan a case conference</source>
        <translation>Planificar una reunión de coordinación</translation>
    </message>
    <message>
        <source>One agency per line</source>
        <translation>Una entidad por línea</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>The room or the address where it meets</source>
        <translation>La sala o la dirección donde se reúne</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Attending agencies</source>
        <translation>&amp;Entidades asistentes</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>Forense</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>Notas de atención psicológica</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Albergue</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>Riesgo y seguridad</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Reuniones de coordinación</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Centre &amp;name</source>
        <translation>&amp;Nombre del centro</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Centre &amp;address</source>
        <translation>&amp;Dirección del centro</translation>
    </message>
    <message>
        <source>Centre address</source>
        <translation>Dirección del centro</translation>
    </message>
    <message>
        <source>Centre tele&amp;phone</source>
        <translation>Telé&amp;fono del centro</translation>
    </message>
    <message>
        <source>Centre telephone</source>
        <translation>Teléfono del centro</translation>
    </message>
    <message>
        <source>Centre &amp;e-mail</source>
        <translation>Corr&amp;eo del centro</translation>
    </message>
    <message>
        <source>Centre e-mail</source>
        <translation>Correo electrónico del centro</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>&amp;Time zone of documents</source>
        <translation>&amp;Zona horaria de los documentos</translation>
    </message>
    <message>
        <source>Time zone of documents</source>
        <translation>Zona horaria de los documentos</translation>
    </message>
    <message>
        <source>Documents print their times in this zone, and name it beside each time.</source>
        <translation>Los documentos imprimen sus horas en esta zona y la nombran junto a cada hora.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Guardar los ajustes</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up OneStop</source>
        <translation>Configurar OneStop</translation>
    </message>
</context>
<context>
    <name>SharingChoices</name>
    <message>
        <source>Shared without her consent: why, case by case</source>
        <translation>Compartido sin su consentimiento: por qué, caso por caso</translation>
    </message>
    <message>
        <source>These survivors did not consent to sharing with every agency at the meeting. For each, choose why it is shared all the same, say what makes it so, and whether she has been told of it; the document prints it beside her case.</source>
        <translation>Estas sobrevivientes no consintieron la comunicación a todas las entidades presentes en la reunión. Para cada una, elija por qué se comunica de todos modos, diga qué lo justifica y si se le ha informado; el documento lo imprime junto a su caso.</translation>
    </message>
    <message numerus="yes">
        <source>What makes it so takes at least %n character(s);</source>
        <translation>
            <numerusform>La justificación requiere al menos %n carácter;</numerusform>
            <numerusform>La justificación requiere al menos %n caracteres;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>why she is not told, at least %n: the count beside each field says how many are typed.</source>
        <translation>
            <numerusform>y por qué no se le informa, al menos %n: el contador junto a cada campo indica cuántos se han escrito.</numerusform>
            <numerusform>y por qué no se le informa, al menos %n: el contador junto a cada campo indica cuántos se han escrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>{ref} (not with {agencies})</source>
        <translation>{ref} (no con {agencies})</translation>
    </message>
    <message>
        <source>Why {ref} is shared</source>
        <translation>Por qué se comparte {ref}</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Elija por qué…</translation>
    </message>
    <message>
        <source>What makes it so for {ref}</source>
        <translation>Qué lo justifica para {ref}</translation>
    </message>
    <message>
        <source>What makes it so for her</source>
        <translation>Qué lo justifica en su caso</translation>
    </message>
    <message>
        <source>Export all the same: these answers differ from the earlier ones</source>
        <translation>Exportar de todos modos: estas respuestas difieren de las anteriores</translation>
    </message>
    <message>
        <source>Has she been told of the sharing of {ref}?</source>
        <translation>¿Se le ha informado de la comunicación de {ref}?</translation>
    </message>
    <message>
        <source>Has she been told?…</source>
        <translation>¿Se le ha informado?…</translation>
    </message>
    <message>
        <source>Yes, she was told on</source>
        <translation>Sí, se le informó el</translation>
    </message>
    <message>
        <source>Not yet: she will be told by</source>
        <translation>Todavía no: se lo dirá</translation>
    </message>
    <message>
        <source>No: it would put her or others at risk</source>
        <translation>No: la pondría en riesgo a ella o a otras personas</translation>
    </message>
    <message>
        <source>The day she was told of the sharing of {ref}</source>
        <translation>El día en que se le informó de la comunicación de {ref}</translation>
    </message>
    <message>
        <source>Who will tell her (a name or a role)</source>
        <translation>Quién se lo dirá (un nombre o una función)</translation>
    </message>
    <message>
        <source>Who will tell her, or why not, for {ref}</source>
        <translation>Quién se lo dirá, o por qué no, para {ref}</translation>
    </message>
    <message>
        <source>Why telling her would put her or others at risk</source>
        <translation>Por qué decírselo la pondría en riesgo a ella o a otras personas</translation>
    </message>
    <message>
        <source>Choose why each case is shared without her consent: {cases}.</source>
        <translation>Elija por qué se comparte cada caso sin su consentimiento: {cases}.</translation>
    </message>
    <message numerus="yes">
        <source>Say what makes it so for each case shared without her consent (at least %n character(s) each): {cases}.</source>
        <translation>
            <numerusform>Explique qué lo justifica en cada caso compartido sin su consentimiento (al menos %n carácter cada uno): {cases}.</numerusform>
            <numerusform>Explique qué lo justifica en cada caso compartido sin su consentimiento (al menos %n caracteres cada uno): {cases}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the day she was told: {cases}.</source>
        <translation>Escriba o elija el día en que se le informó: {cases}.</translation>
    </message>
    <message>
        <source>The day she was told is not a date (e.g. 2026-12-02): {cases}.</source>
        <translation>El día en que se le informó no es una fecha (p. ej. 2026-12-02): {cases}.</translation>
    </message>
    <message>
        <source>{ref}, shared on {day}: “{answer}”</source>
        <translation>{ref}, compartido el {day}: «{answer}»</translation>
    </message>
    <message>
        <source>An earlier sharing said otherwise: {said}. Check the answers; to keep both, tick &quot;Export all the same&quot; and export again.</source>
        <translation>Un intercambio anterior decía otra cosa: {said}. Revise las respuestas; para conservar ambas, marque «Exportar de todos modos» y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>SharingsPanel</name>
    <message>
        <source>Shared without her consent</source>
        <translation>Compartido sin su consentimiento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Has she been told?</source>
        <translation>¿Se le ha informado?</translation>
    </message>
    <message>
        <source>The sharing, and every answer</source>
        <translation>El intercambio, y cada respuesta</translation>
    </message>
    <message>
        <source>She has now been &amp;told…</source>
        <translation>Ya se le ha &amp;informado…</translation>
    </message>
    <message>
        <source>Record the day she was told of the selected sharing</source>
        <translation>Registrar el día en que se le informó de la comunicación elegida</translation>
    </message>
    <message>
        <source>Yes, told on {day}</source>
        <translation>Sí, informada el {day}</translation>
    </message>
    <message>
        <source>Not yet: {who} will tell her</source>
        <translation>Todavía no: {who} se lo dirá</translation>
    </message>
    <message>
        <source>No: telling her would put her or others at risk ({why})</source>
        <translation>No: decírselo la pondría en riesgo a ella o a otras personas ({why})</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <source>She was already told of the selected sharing.</source>
        <translation>Ya se le había informado de la comunicación seleccionada.</translation>
    </message>
    <message>
        <source>{document}, shared on {day} by {who}.</source>
        <translation>{document}, compartido el {day} por {who}.</translation>
    </message>
    <message>
        <source>For the case conference of {day}.</source>
        <translation>Para la conferencia de casos del {day}.</translation>
    </message>
    <message>
        <source>It went to: {agencies}.</source>
        <translation>Se envió a: {agencies}.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Por qué: {why}</translation>
    </message>
    <message>
        <source>Has she been told? Every answer, in order:</source>
        <translation>¿Se le ha informado? Cada respuesta, en orden:</translation>
    </message>
    <message>
        <source>{when}, {who}: {answer}</source>
        <translation>{when}, {who}: {answer}</translation>
    </message>
    <message>
        <source>Choose a sharing first.</source>
        <translation>Elija primero una comunicación.</translation>
    </message>
    <message>
        <source>She was already told of that sharing.</source>
        <translation>Ya se le había informado de esa comunicación.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The audit trail was tampered with</source>
        <translation>El registro de auditoría fue manipulado</translation>
    </message>
    <message>
        <source>Someone changed the audit trail outside OneStop. Until the administrator acknowledges it, this warning is shown at every sign-in of the administrator and the managers.</source>
        <translation>Alguien modificó el registro de auditoría fuera de OneStop. Hasta que el administrador lo dé por revisado, este aviso aparece en cada inicio de sesión del administrador y de los responsables.</translation>
    </message>
    <message>
        <source>Work still running</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>A backup, restore, check or export is still running. Wait for it to finish, or press its Cancel button, then sign out.</source>
        <translation>Todavía hay una copia de seguridad, una restauración, una comprobación o una exportación en curso. Espere a que termine o pulse su botón Cancelar y luego cierre la sesión.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>¿Cerrar la sesión?</translation>
    </message>
    <message>
        <source>You have unsaved work. Sign out and lose it?</source>
        <translation>Tiene trabajo sin guardar. ¿Cerrar la sesión y perderlo?</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>Cerrar sesión y descartar</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Seguir con la sesión</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>ShelterBoardView</name>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation>Tablero del albergue</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admitir…</translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation>&amp;Cambiar de cama…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>&amp;Dar salida…</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Add to the &amp;waiting list…</source>
        <translation>Añadir a la lista de &amp;espera…</translation>
    </message>
    <message>
        <source>Admit the &amp;selected…</source>
        <translation>Admitir a la persona &amp;seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list…</source>
        <translation>&amp;Quitar de la lista…</translation>
    </message>
    <message>
        <source>over the maximum stay</source>
        <translation>por encima de la estancia máxima</translation>
    </message>
    <message>
        <source>maximum stay soon</source>
        <translation>estancia máxima próxima</translation>
    </message>
    <message>
        <source>planned exit passed</source>
        <translation>salida prevista pasada</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n beds occupied now · this month: {rate:.0%} of bed-nights, </source>
        <translation>
            <numerusform>Camas ocupadas: {occupied} de %n · este mes: {rate:.0%} de las noches-cama, </numerusform>
            <numerusform>Camas ocupadas: {occupied} de %n · este mes: {rate:.0%} de las noches-cama, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted, </source>
        <translation>
            <numerusform>%n ingreso, </numerusform>
            <numerusform>%n ingresos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n salida</numerusform>
            <numerusform>%n salidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an occupied bed first.</source>
        <translation>Elija primero una cama ocupada.</translation>
    </message>
    <message>
        <source>Choose someone on the waiting list first.</source>
        <translation>Elija primero a alguien de la lista de espera.</translation>
    </message>
    <message>
        <source>Move to another bed</source>
        <translation>Cambiar de cama</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>the bed she moves to</comment>
        <extracomment>Moving a resident to another bed: the bed she moves to (a place, not a date).</extracomment>
        <translation>&amp;A la cama</translation>
    </message>
    <message>
        <source>Discharge {ref}</source>
        <translation>Salida de {ref}</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Dar salida</translation>
    </message>
    <message>
        <source>e.g. her own home with a protection order; relatives; another shelter</source>
        <translation>p. ej., su propia casa con una orden de protección; familiares; otro albergue</translation>
    </message>
    <message>
        <source>&amp;Where she went</source>
        <translation>&amp;Adónde fue</translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation>Añadir a la lista de espera</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>e.g. ground floor; a cot; near the children&apos;s school</source>
        <translation>p. ej., planta baja; una cuna; cerca del colegio de los niños</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;Referencia del caso</translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation>&amp;Hijos con ella</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>&amp;Necesidades</translation>
    </message>
    <message>
        <source>Remove {ref} from the waiting list</source>
        <translation>Quitar {ref} de la lista de espera</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>e.g. placed elsewhere; no longer needed</source>
        <translation>p. ej., alojada en otro lugar; ya no lo necesita</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Por qué</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sealing older records</source>
        <translation>Sellado de registros anteriores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of OneStop on this workstation</source>
        <translation>El idioma de OneStop en este equipo</translation>
    </message>
    <message>
        <source>Type your user name and your password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la bóveda…</translation>
    </message>
    <message>
        <source>Upgrading the vault to this version. This happens once; it can take a minute.</source>
        <translation>Actualizando la bóveda a esta versión. Ocurre una sola vez y puede tardar un minuto.</translation>
    </message>
    <message>
        <source>Sealing records written before this version under your keys. This happens once; it can take a minute.</source>
        <translation>Sellando con sus claves los registros escritos antes de esta versión. Ocurre una sola vez y puede tardar un minuto.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Podrá volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Podrá volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>OneStop</source>
        <translation>OneStop</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Sign in to OneStop</source>
        <translation>Iniciar sesión en OneStop</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Las mayúsculas están activadas.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>Aviso de mayúsculas</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Imported from a register</source>
        <translation>Importado de un registro</translation>
    </message>
    <message>
        <source>Case opened in the earlier register</source>
        <translation>Caso abierto en el registro anterior</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caso cerrado</translation>
    </message>
    <message>
        <source>Incident entered in error: {type} ({context})</source>
        <translation>Incidente registrado por error: {type} ({context})</translation>
    </message>
    <message>
        <source>Incident: {type} ({context})</source>
        <translation>Incidente: {type} ({context})</translation>
    </message>
    <message>
        <source>Consent given: {purpose}</source>
        <translation>Consentimiento dado: {purpose}</translation>
    </message>
    <message>
        <source>Consent refused: {purpose}</source>
        <translation>Consentimiento rechazado: {purpose}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purpose}</source>
        <translation>Consentimiento retirado: {purpose}</translation>
    </message>
    <message>
        <source>Shared without her consent: {document} (case conference of {day})</source>
        <translation>Compartido sin su consentimiento: {document} (conferencia de casos del {day})</translation>
    </message>
    <message>
        <source>Shared without her consent: {document}</source>
        <translation>Compartido sin su consentimiento: {document}</translation>
    </message>
    <message>
        <source>Told on {day} that the {document} of {shared} was shared</source>
        <translation>Informada el {day} de que se compartió el {document} del {shared}</translation>
    </message>
    <message>
        <source>Health encounter entered in error</source>
        <translation>Consulta médica registrada por error</translation>
    </message>
    <message>
        <source>Health encounter</source>
        <translation>Consulta médica</translation>
    </message>
    <message>
        <source>{treatment} (encounter entered in error)</source>
        <translation>{treatment} (consulta registrada por error)</translation>
    </message>
    <message>
        <source>Forensic examination</source>
        <translation>Examen forense</translation>
    </message>
    <message>
        <source>Specimen collected: {specimen}</source>
        <translation>Muestra recogida: {specimen}</translation>
    </message>
    <message>
        <source>Specimen handed to {organisation}</source>
        <translation>Muestra entregada a {organisation}</translation>
    </message>
    <message>
        <source>Counselling session ({type})</source>
        <translation>Sesión de atención psicológica ({type})</translation>
    </message>
    <message>
        <source>Legal matter opened</source>
        <translation>Asunto jurídico abierto</translation>
    </message>
    <message>
        <source>Hearing at {court}</source>
        <translation>Audiencia en {court}</translation>
    </message>
    <message>
        <source>Order issued: {order}</source>
        <translation>Orden emitida: {order}</translation>
    </message>
    <message>
        <source>Order expires: {order}</source>
        <translation>Orden que vence: {order}</translation>
    </message>
    <message>
        <source>Admitted to shelter</source>
        <translation>Ingresó en el albergue</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>Salió del albergue</translation>
    </message>
    <message>
        <source>Referred to {agency}</source>
        <translation>Derivada a {agency}</translation>
    </message>
    <message>
        <source>Referral answered by {agency}: {status}</source>
        <translation>Respuesta de {agency} a la derivación: {status}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Hecho: {title}</translation>
    </message>
    <message>
        <source>Due: {title}</source>
        <translation>Pendiente: {title}</translation>
    </message>
</context>
<context>
    <name>ToldChoices</name>
    <message>
        <source>Has she been told of this sharing?</source>
        <translation>¿Se le ha informado de esta comunicación?</translation>
    </message>
    <message>
        <source>&amp;Yes, she was told on</source>
        <translation>&amp;Sí, se le informó el</translation>
    </message>
    <message>
        <source>The day she was told</source>
        <translation>El día en que se le informó</translation>
    </message>
    <message>
        <source>No&amp;t yet: she will be told by</source>
        <translation>&amp;Todavía no: se lo dirá</translation>
    </message>
    <message>
        <source>Who will tell her</source>
        <translation>Quién se lo dirá</translation>
    </message>
    <message>
        <source>Who will tell her (a name or a role)</source>
        <translation>Quién se lo dirá (un nombre o una función)</translation>
    </message>
    <message>
        <source>&amp;No: telling her would put her or others at risk, because</source>
        <translation>&amp;No: decírselo la pondría en riesgo a ella o a otras personas, porque</translation>
    </message>
    <message>
        <source>Why telling her would put her or others at risk</source>
        <translation>Por qué decírselo la pondría en riesgo a ella o a otras personas</translation>
    </message>
</context>
<context>
    <name>WaitingNotice</name>
    <message>
        <source>Your account is waiting for a colleague to confirm it</source>
        <translation>Su cuenta espera que un colega la confirme</translation>
    </message>
    <message>
        <source>Until a colleague who already reads them confirms you, these records stay closed to you: {sections}. Ask them in person; when they sign in, OneStop asks them to type your fingerprint. Read it aloud to them:</source>
        <translation>Hasta que un colega que ya los lee le confirme, estos registros siguen cerrados para usted: {sections}. Pídaselo en persona; cuando inicie sesión, OneStop le pedirá que escriba su huella. Léasela en voz alta:</translation>
    </message>
    <message>
        <source>Waiting sections</source>
        <translation>Secciones en espera</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Su huella</translation>
    </message>
    <message>
        <source>Once you are confirmed, sign out and in again to open the records.</source>
        <translation>Una vez confirmado/a, cierre la sesión y vuelva a iniciarla para abrir los registros.</translation>
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
        <translation>&amp;Ocultar la pantalla (F12)</translation>
    </message>
    <message>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Reuniones de coordinación</translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation>Tablero del albergue</translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation>Red de derivación</translation>
    </message>
    <message>
        <source>Break-glass review</source>
        <translation>Revisión de accesos de emergencia</translation>
    </message>
    <message>
        <source>Import register</source>
        <translation>Importar registro</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Times are in {zone}</source>
        <translation>Horas en {zone}</translation>
    </message>
    <message>
        <source>Times on screen are in {zone}; documents print in {centre}</source>
        <translation>Horas en pantalla en {zone}; documentos impresos en {centre}</translation>
    </message>
    <message>
        <source>Close the file?</source>
        <translation>¿Cerrar el expediente?</translation>
    </message>
    <message>
        <source>There is unsaved work in this file. Close it and lose that work?</source>
        <translation>Hay trabajo sin guardar en este expediente. ¿Cerrarlo y perder ese trabajo?</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Cerrar y descartar</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Mantenerlo abierto</translation>
    </message>
    <message>
        <source>Unsaved work restored</source>
        <translation>Trabajo sin guardar recuperado</translation>
    </message>
    <message>
        <source>The screen was locked while you had unsaved work. It is open again where you left it: save it or discard it.</source>
        <translation>La pantalla se bloqueó mientras tenía trabajo sin guardar. Vuelve a estar abierto donde lo dejó: guárdelo o descártelo.</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>entre {start} y {end}</translation>
    </message>
</context>
</TS>
