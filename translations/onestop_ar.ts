<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountsPanel</name>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;حساب جديد…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;تعطيل…</translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation>إعادة ال&amp;تفعيل</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>إعادة &amp;تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Qualifications…</source>
        <translation>ال&amp;مؤهلات…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>{user}: qualifications saved.</source>
        <translation>{user}: حُفظت المؤهلات.</translation>
    </message>
    <message>
        <source>{user}: one-time password issued.</source>
        <translation>{user}: صدرت كلمة مرور لمرة واحدة.</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their database login on the server is stopped and the keys of the records they could read move to new versions, so their password no longer connects and opens nothing written from now on. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation>لن يتمكن {name} من تسجيل الدخول بعد الآن. يُوقَف حساب دخوله إلى قاعدة البيانات على الخادم وتنتقل مفاتيح السجلات التي كان يستطيع قراءتها إلى إصدارات جديدة، فلا تتصل كلمة مروره بالخادم ولا تفتح شيئًا مما يُكتب من الآن فصاعدًا. تبقى سجلاته وقيود التدقيق الخاصة به. يمكنك إعادة تفعيل الحساب لاحقًا بكلمة مرور جديدة لمرة واحدة.</translation>
    </message>
    <message>
        <source>Disable {user}?</source>
        <translation>تعطيل {user}؟</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. The vault key is replaced and the keys of the records they could read move to new versions, so their password opens nothing written from now on; backups made before still open with it. Their records and audit entries stay. You can re-enable the account later with a new one-time password.</source>
        <translation>لن يتمكن {name} من تسجيل الدخول بعد الآن. يُستبدل مفتاح الخزنة وتنتقل مفاتيح السجلات التي كان يستطيع قراءتها إلى إصدارات جديدة، فلا تفتح كلمة مروره شيئًا مما يُكتب من الآن فصاعدًا؛ أما النسخ الاحتياطية المأخوذة قبل ذلك فما زالت تُفتح بها. تبقى سجلاته وقيود التدقيق الخاصة به. يمكنك إعادة تفعيل الحساب لاحقًا بكلمة مرور جديدة لمرة واحدة.</translation>
    </message>
    <message>
        <source>{user} disabled. Their database login was stopped and their keys moved to new versions.</source>
        <translation>تم تعطيل {user}. أُوقف حساب دخوله إلى قاعدة البيانات وانتقلت مفاتيحه إلى إصدارات جديدة.</translation>
    </message>
    <message>
        <source>{user} disabled. The vault key was replaced and their keys moved to new versions.</source>
        <translation>تم تعطيل {user}. استُبدل مفتاح الخزنة ونُقلت مفاتيحه إلى إصدارات جديدة.</translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Warning: the key slots of {who} were left out of the new vault key, because their public keys were not bound to them (someone altered the vault&apos;s key file). Reset the password of each account named; a recovery key left out is made anew with onestop-cli admin new-recovery-key.</source>
        <translation>تحذير: تُركت فتحات المفاتيح الخاصة بـ {who} خارج مفتاح الخزنة الجديد، لأن مفاتيحها العامة لم تكن مرتبطة بها (قام شخص ما بتعديل ملف مفاتيح الخزنة). أعد تعيين كلمة مرور كل حساب مذكور؛ ويُنشأ مفتاح استرداد جديد بدل المتروك باستخدام onestop-cli admin new-recovery-key.</translation>
    </message>
    <message>
        <source>{user}&apos;s account was changed and their keys moved, but the vault key could not be replaced: {reason} Until it is, their old password still opens the vault from an older copy of its key file. Sign out and in again, then run onestop-cli admin rotate-key; Verify the vault reports it until then.</source>
        <translation>تم تغيير حساب {user} ونُقلت مفاتيحه، لكن تعذّر استبدال مفتاح الخزنة: {reason} وإلى أن يُستبدل، تظل كلمة المرور القديمة تفتح الخزنة بنسخة قديمة من ملف مفاتيحها. سجّل الخروج ثم الدخول من جديد، ثم شغّل onestop-cli admin rotate-key؛ ويُبلغ «التحقق من الخزنة» عن ذلك حتى يتم.</translation>
    </message>
    <message>
        <source>Nothing was changed for {user}: {reason}</source>
        <translation>لم يتغير شيء بالنسبة إلى {user}: {reason}</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>{user} re-enabled.</source>
        <translation>أُعيد تفعيل {user}.</translation>
    </message>
    <message>
        <source>Reset the password of {user}?</source>
        <translation>إعادة تعيين كلمة مرور {user}؟</translation>
    </message>
    <message>
        <source>Their current password stops working now; they sign in with the one-time password you will hand them and then choose a new one.</source>
        <translation>تتوقف كلمة المرور الحالية عن العمل الآن؛ سيسجّل الدخول بكلمة المرور لمرة واحدة التي ستسلّمها له ثم يختار كلمة جديدة.</translation>
    </message>
    <message>
        <source>Resetting the password of {user}</source>
        <translation>إعادة تعيين كلمة المرور لـ {user}</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>تعطيل {user}</translation>
    </message>
    <message>
        <source>Resetting the password, moving its keys and renewing its database login</source>
        <translation>إعادة تعيين كلمة المرور ونقل مفاتيحه وتجديد حساب دخوله إلى قاعدة البيانات</translation>
    </message>
    <message>
        <source>Resetting the password and moving its keys</source>
        <translation>إعادة تعيين كلمة المرور ونقل مفاتيحه</translation>
    </message>
    <message>
        <source>{user}: password reset.</source>
        <translation>{user}: أُعيد تعيين كلمة المرور.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <source>Actions agreed</source>
        <translation>الإجراءات المتفق عليها</translation>
    </message>
    <message>
        <source>&amp;Add an action</source>
        <translation>إ&amp;ضافة إجراء</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>ما يجب القيام به</translation>
    </message>
    <message>
        <source>Action {n}: {hint}</source>
        <translation>الإجراء {n}: {hint}</translation>
    </message>
    <message>
        <source>Action {n}: due</source>
        <translation>الإجراء {n}: الموعد النهائي</translation>
    </message>
</context>
<context>
    <name>AddPerpetratorDialog</name>
    <message>
        <source>Perpetrator of this incident</source>
        <translation>المعتدي في هذه الحادثة</translation>
    </message>
    <message>
        <source>Type his name (or what she calls him) and look for him on record: if he is already in a file, link him rather than recording him twice.</source>
        <translation>اكتب اسمه (أو ما تسميه به) وابحث عنه في السجلات: إذا كان موجودًا في ملف بالفعل، فاربطه بدلًا من تسجيله مرتين.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>e.g. husband, former partner, uncle</source>
        <translation>مثلًا: الزوج، الشريك السابق، العم</translation>
    </message>
    <message>
        <source>&amp;Relationship to her</source>
        <translation>&amp;علاقته بها</translation>
    </message>
    <message>
        <source>&amp;Description (if new)</source>
        <translation>ال&amp;وصف (إن كان جديدًا)</translation>
    </message>
    <message>
        <source>Perpetrator message</source>
        <translation>رسالة عن المعتدي</translation>
    </message>
    <message>
        <source>&amp;Look on record</source>
        <translation>ا&amp;بحث في السجلات</translation>
    </message>
    <message>
        <source>Look on record</source>
        <translation>ابحث في السجلات</translation>
    </message>
    <message>
        <source>&amp;On record under this name</source>
        <translation>&amp;المسجلون بهذا الاسم</translation>
    </message>
    <message>
        <source>On record under this name</source>
        <translation>المسجلون بهذا الاسم</translation>
    </message>
    <message>
        <source>Lin&amp;k the one chosen</source>
        <translation>ا&amp;ربط المختار</translation>
    </message>
    <message>
        <source>Link the one chosen</source>
        <translation>اربط المختار</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>&amp;أضفه جديدًا</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>أضفه جديدًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>On record: choose him and link him, or add him as new if none is him.</source>
        <translation>مسجل بالفعل: اختره واربطه، أو أضفه جديدًا إن لم يكن أيٌّ منهم هو.</translation>
    </message>
    <message>
        <source>No one is on record under this name: add him as new.</source>
        <translation>لا أحد مسجل بهذا الاسم: أضفه جديدًا.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>المسؤول الأول عن النظام</translation>
    </message>
    <message>
        <source>The administrator creates the staff accounts, makes backups and sees no survivor&apos;s record. Choose a password of at least 12 characters.</source>
        <translation>ينشئ مسؤول النظام حسابات الموظفين ويأخذ النسخ الاحتياطية ولا يرى أي سجل لناجية. اختر كلمة مرور من 12 حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>الاسم ال&amp;كامل</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;كرر كلمة المرور</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Creating the encrypted vault… this takes a few seconds.</source>
        <translation>جارٍ إنشاء الخزنة المشفرة… يستغرق ذلك بضع ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Staff &amp;accounts</source>
        <translation>حسابات ال&amp;موظفين</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Backups and checks</source>
        <translation>النسخ الا&amp;حتياطية والفحوص</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>سجل ال&amp;تدقيق</translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit to the shelter</source>
        <translation>القبول في دار الإيواء</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;مرجع الحالة</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>ال&amp;سرير</translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation>الأ&amp;طفال معها</translation>
    </message>
    <message>
        <source>&amp;Planned exit</source>
        <translation>المغادرة ال&amp;مقررة</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Add a partner agency</source>
        <translation>إضافة جهة شريكة</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>ال&amp;خدمات</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;جهات الاتصال</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;ساعات العمل</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>الل&amp;غات</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>ال&amp;قسم</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>غير مرتبط بحادثة</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>ال&amp;حادثة</translation>
    </message>
    <message>
        <source>Incident it documents</source>
        <translation>الحادثة التي يوثقها</translation>
    </message>
    <message>
        <source>e.g. bruise, left forearm</source>
        <translation>مثال: كدمة، الساعد الأيسر</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Date and time known</source>
        <translation>ال&amp;تاريخ والوقت معروفان</translation>
    </message>
    <message>
        <source>Taken &amp;at</source>
        <translation>التُقطت &amp;في</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>التُقطت في</translation>
    </message>
    <message>
        <source>Taken &amp;by</source>
        <translation>التقطها &amp;</translation>
    </message>
    <message>
        <source>e.g. left forearm, outer side</source>
        <translation>مثلاً: الساعد الأيسر، الجهة الخارجية</translation>
    </message>
    <message>
        <source>Bod&amp;y site</source>
        <translation>موضع ال&amp;جسم</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>In&amp;jury number</source>
        <translation>رقم الإ&amp;صابة</translation>
    </message>
    <message>
        <source>Injury number in the injuries table</source>
        <translation>رقم الإصابة في جدول الإصابات</translation>
    </message>
    <message>
        <source>The file is encrypted into the vault. A photograph of her needs her consent to photography. The original file stays where it is: delete it there if it should not stay on this computer.</source>
        <translation>يُشفَّر الملف داخل الخزنة. تحتاج صورتها الفوتوغرافية إلى موافقتها على التصوير. يبقى الملف الأصلي في مكانه: احذفه من هناك إذا كان لا ينبغي أن يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>إ&amp;رفاق</translation>
    </message>
    <message>
        <source>Photographs and PDF scans (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</source>
        <translation>صور فوتوغرافية وملفات PDF ممسوحة (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {size} byte(s)</source>
        <translation>
            <numerusform>{name} · {size} بايت</numerusform>
            <numerusform>{name} · {size} بايت</numerusform>
            <numerusform>{name} · {size} بايت</numerusform>
            <numerusform>{name} · {size} بايت</numerusform>
            <numerusform>{name} · {size} بايت</numerusform>
            <numerusform>{name} · {size} بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>اختر ملفًا أولًا.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>الصفحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;ملاءمة</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>SHA-256 {hash}: the file matches the fingerprint recorded when it was added.</source>
        <translation>SHA-256 {hash}: يطابق الملف البصمة المسجلة عند إضافته.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Drop photographs or PDF scans here, or</source>
        <translation>أفلت هنا صورًا فوتوغرافية أو ملفات PDF ممسوحة، أو</translation>
    </message>
    <message>
        <source>Your role reads these attachments but does not add any.</source>
        <translation>يتيح دورك قراءة هذه المرفقات دون إضافة أي منها.</translation>
    </message>
    <message>
        <source>A&amp;dd a file…</source>
        <translation>إ&amp;ضافة ملف…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التُقطت</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>الملف الأصلي</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Cannot show the thumbnails</source>
        <translation>تعذّر عرض الصور المصغّرة</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message numerus="yes">
        <source>{n} byte(s)</source>
        <translation>
            <numerusform>{n} بايت</numerusform>
            <numerusform>{n} بايت</numerusform>
            <numerusform>{n} بايت</numerusform>
            <numerusform>{n} بايت</numerusform>
            <numerusform>{n} بايت</numerusform>
            <numerusform>{n} بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>تعذّر فتح المرفق</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>كل الإجراءات</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>every section</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>case reference</source>
        <translation>مرجع الحالة</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>مرجع الحالة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>W&amp;hat</source>
        <translation>&amp;ماذا</translation>
    </message>
    <message>
        <source>S&amp;ection</source>
        <translation>ال&amp;قسم</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>م&amp;ن تاريخ</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى تاريخ</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>ت&amp;صدير بصيغة CSV…</translation>
    </message>
    <message>
        <source>Audit trail export progress</source>
        <translation>تقدّم تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>رمز الإجراء</translation>
    </message>
    <message>
        <source>Section code</source>
        <translation>رمز القسم</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message numerus="yes">
        <source>%n entries (the newest {limit} shown)</source>
        <translation>
            <numerusform>%n قيد (تُعرض أحدث {limit})</numerusform>
            <numerusform>قيد واحد (تُعرض أحدث {limit})</numerusform>
            <numerusform>قيدان (تُعرض أحدث {limit})</numerusform>
            <numerusform>%n قيود (تُعرض أحدث {limit})</numerusform>
            <numerusform>%n قيدًا (تُعرض أحدث {limit})</numerusform>
            <numerusform>%n قيد (تُعرض أحدث {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n قيد</numerusform>
            <numerusform>قيد واحد</numerusform>
            <numerusform>قيدان</numerusform>
            <numerusform>%n قيود</numerusform>
            <numerusform>%n قيدًا</numerusform>
            <numerusform>%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the audit trail…</source>
        <translation>جارٍ كتابة سجل التدقيق…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) written to {path}.</source>
        <translation>
            <numerusform>كُتب في {path}: %n قيد.</numerusform>
            <numerusform>كُتب في {path}: قيد واحد.</numerusform>
            <numerusform>كُتب في {path}: قيدان.</numerusform>
            <numerusform>كُتب في {path}: %n قيود.</numerusform>
            <numerusform>كُتب في {path}: %n قيدًا.</numerusform>
            <numerusform>كُتب في {path}: %n قيد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>تعذّرت كتابة الملف في ذلك المكان.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>This workstation keeps no copy of the centre&apos;s records, so it makes no backups and restores none. The centre&apos;s server is backed up on the server machine: its IT person runs the command below there, as the server&apos;s postgres account, with an admin&apos;s password, and keeps the file away from the building. Section 5 of docs/SERVER.md describes it, and restoring.</source>
        <translation>لا تحتفظ محطة العمل هذه بأي نسخة من سجلات المركز، لذا لا تنشئ نسخًا احتياطية ولا تستعيد أيًّا منها. يُنسخ خادم المركز احتياطيًا على جهاز الخادم نفسه: يشغّل مسؤول تقنية المعلومات الأمر أدناه هناك، بحساب postgres على الخادم وبكلمة مرور أحد المسؤولين، ويحفظ الملف خارج المبنى. يصف القسم 5 من docs/SERVER.md ذلك، والاستعادة أيضًا.</translation>
    </message>
    <message>
        <source>A backup is one encrypted file: it opens only with a staff password or the recovery key of its day. Keep a recent one away from this computer.</source>
        <translation>النسخة الاحتياطية ملف مشفّر واحد: لا يُفتح إلا بكلمة مرور أحد الموظفين أو بمفتاح الاسترداد الخاص بيومها. احتفظ بنسخة حديثة بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Backup command on the server</source>
        <translation>أمر النسخ الاحتياطي على الخادم</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ن&amp;سخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Back up &amp;to…</source>
        <translation>نسخ احتياطي إ&amp;لى…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Verify the vault</source>
        <translation>ال&amp;تحقق من الخزنة</translation>
    </message>
    <message>
        <source>&amp;Verify the server</source>
        <translation>ال&amp;تحقق من الخادم</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Earlier backups</source>
        <translation>النسخ الاحتياطية السابقة</translation>
    </message>
    <message>
        <source>&amp;Earlier backups in the vault&apos;s folder</source>
        <translation>النسخ الاحتياطية ال&amp;سابقة في مجلد الخزنة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>آخر نسخة احتياطية: {when}</translation>
    </message>
    <message>
        <source>Last backup of the server: none recorded yet. Ask its IT person.</source>
        <translation>آخر نسخة احتياطية للخادم: لم تُسجَّل أي نسخة بعد. اسأل مسؤول تقنية المعلومات.</translation>
    </message>
    <message>
        <source>Last backup: none yet. Back up now, and keep a copy elsewhere.</source>
        <translation>آخر نسخة احتياطية: لا توجد بعد. أنشئ نسخة الآن واحتفظ بنسخة في مكان آخر.</translation>
    </message>
    <message>
        <source>not a readable backup</source>
        <translation>نسخة احتياطية غير مقروءة</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} ك.ب</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed and no file was left.</source>
        <translation>أُلغي: لم يتغير شيء ولم يبقَ أي ملف.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <source>Backup written: {path} ({size} bytes, %n attachment(s)).</source>
        <translation>
            <numerusform>كُتبت النسخة الاحتياطية: {path} ({size} بايت، %n مرفق).</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية: {path} ({size} بايت، مرفق واحد).</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية: {path} ({size} بايت، مرفقان).</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية: {path} ({size} بايت، %n مرفقات).</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية: {path} ({size} بايت، %n مرفقًا).</numerusform>
            <numerusform>كُتبت النسخة الاحتياطية: {path} ({size} بايت، %n مرفق).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>نسخ احتياطي إلى مجلد</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>OneStop backups (*.onestop-backup)</source>
        <translation>نسخ OneStop الاحتياطية (*.onestop-backup)</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The vault as it was before is kept in {path}.</source>
        <translation>استُعيدت النسخة الاحتياطية بتاريخ {when}. حُفظت الخزنة كما كانت من قبل في {path}.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>نجحت جميع الفحوص.</translation>
    </message>
    <message>
        <source>A check failed: restore the latest sound backup and call support.</source>
        <translation>فشل أحد الفحوص: استعد آخر نسخة احتياطية سليمة واتصل بالدعم الفني.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>مخطط الجسم</translation>
    </message>
    <message>
        <source>Front and back outlines. Click to place an injury marker; drag to move it.</source>
        <translation>مخططا الجسم من الأمام والخلف. انقر لوضع علامة إصابة، واسحبها لتحريكها.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>اليمين</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>اليسار</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>الأمام</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>الخلف</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Break the glass</source>
        <translation>الوصول الطارئ</translation>
    </message>
    <message numerus="yes">
        <source>Your role does not see this section. Open it only if the survivor&apos;s care needs it now. It stays open to you for %n minutes, every read is flagged in the audit trail, and the manager reviews your reason.</source>
        <translation>
            <numerusform>لا يرى دورك هذا القسم. افتحه فقط إذا احتاجت رعاية الناجية إليه الآن. يبقى مفتوحًا لك مدة %n دقيقة، وتُعلَّم كل قراءة في سجل التدقيق، ويراجع المدير سببك.</numerusform>
            <numerusform>لا يرى دورك هذا القسم. افتحه فقط إذا احتاجت رعاية الناجية إليه الآن. يبقى مفتوحًا لك مدة دقيقة واحدة، وتُعلَّم كل قراءة في سجل التدقيق، ويراجع المدير سببك.</numerusform>
            <numerusform>لا يرى دورك هذا القسم. افتحه فقط إذا احتاجت رعاية الناجية إليه الآن. يبقى مفتوحًا لك مدة دقيقتين، وتُعلَّم كل قراءة في سجل التدقيق، ويراجع المدير سببك.</numerusform>
            <numerusform>لا يرى دورك هذا القسم. افتحه فقط إذا احتاجت رعاية الناجية إليه الآن. يبقى مفتوحًا لك مدة %n دقائق، وتُعلَّم كل قراءة في سجل التدقيق، ويراجع المدير سببك.</numerusform>
            <numerusform>لا يرى دورك هذا القسم. افتحه فقط إذا احتاجت رعاية الناجية إليه الآن. يبقى مفتوحًا لك مدة %n دقيقة، وتُعلَّم كل قراءة في سجل التدقيق، ويراجع المدير سببك.</numerusform>
            <numerusform>لا يرى دورك هذا القسم. افتحه فقط إذا احتاجت رعاية الناجية إليه الآن. يبقى مفتوحًا لك مدة %n دقيقة، وتُعلَّم كل قراءة في سجل التدقيق، ويراجع المدير سببك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section to open</source>
        <translation>القسم المراد فتحه</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message numerus="yes">
        <source>Why you need it now (at least %n characters)</source>
        <translation>
            <numerusform>لماذا تحتاجه الآن (%n حرف على الأقل)</numerusform>
            <numerusform>لماذا تحتاجه الآن (حرف واحد على الأقل)</numerusform>
            <numerusform>لماذا تحتاجه الآن (حرفان على الأقل)</numerusform>
            <numerusform>لماذا تحتاجه الآن (%n أحرف على الأقل)</numerusform>
            <numerusform>لماذا تحتاجه الآن (%n حرفًا على الأقل)</numerusform>
            <numerusform>لماذا تحتاجه الآن (%n حرف على الأقل)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Open the section</source>
        <translation>&amp;فتح القسم</translation>
    </message>
</context>
<context>
    <name>BreakGlassReview</name>
    <message>
        <source>Sections opened by break-glass, oldest first. Read the reason, look at the audit trail if you need to, and write what you found.</source>
        <translation>الأقسام المفتوحة بالوصول الطارئ، الأقدم أولًا. اقرأ السبب، وراجع سجل التدقيق إن احتجت، واكتب ما وجدته.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتح</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Break-glass accesses</source>
        <translation>حالات الوصول الطارئ</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>ملاحظة المراجعة</translation>
    </message>
    <message>
        <source>Review &amp;note:</source>
        <translation>&amp;ملاحظة المراجعة:</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>تعليم ك&amp;مُراجَع</translation>
    </message>
    <message>
        <source>No break-glass access is waiting for review.</source>
        <translation>لا يوجد وصول طارئ بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>Choose an access in the list first.</source>
        <translation>اختر وصولًا من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Marked reviewed.</source>
        <translation>عُلّم كمُراجَع.</translation>
    </message>
</context>
<context>
    <name>BundleChoices</name>
    <message>
        <source>Counselling notes, a bundle of their own</source>
        <translation>ملاحظات الإرشاد النفسي، حافظة المستندات قائمة بذاتها</translation>
    </message>
    <message>
        <source>Parts of the bundle, under sections A–F</source>
        <translation>أجزاء حافظة المستندات، ضمن الأقسام A إلى F</translation>
    </message>
    <message>
        <source>Sections of the bundle</source>
        <translation>أقسام حافظة المستندات للمحكمة</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>ت&amp;حريك لأعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>تحريك لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Medico-legal reports left out</source>
        <translation>تقارير طبية شرعية غير مدرجة</translation>
    </message>
    <message>
        <source>The cover will not show {missing}: the case has no legal matter or hearing that records it. Add them on the Legal tab first if the court needs them.</source>
        <translation>لن تُظهر صفحة الغلاف {missing}: لا توجد للحالة قضية أو جلسة تسجّل ذلك. أضيفيها أولاً في تبويب القانوني إذا احتاجت إليها المحكمة.</translation>
    </message>
    <message>
        <source>Incidents whose forensic examination has no opinion recorded: {incidents}. The medico-legal report of each is a draft, not ready to sign, and is left out of section D (its index says so). Record the examiner&apos;s opinion first if the court needs the report.</source>
        <translation>حوادث لم يُسجَّل أي رأي في فحصها الطبي الشرعي: {incidents}. التقرير الطبي الشرعي لكل منها مسودة غير جاهزة للتوقيع، ويُترك خارج القسم D (ويذكر فهرسه ذلك). سجّلي رأي الفاحصة أولاً إن كانت المحكمة تحتاج إلى التقرير.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص القضية</translation>
    </message>
    <message>
        <source>Case summary for section A (printed above the chronology).</source>
        <translation>ملخص القضية للقسم A (يُطبع فوق التسلسل الزمني).</translation>
    </message>
    <message>
        <source>Medical encounters in &amp;full (else a summary table)</source>
        <translation>الزيارات الطبية &amp;كاملة (وإلا جدول ملخص)</translation>
    </message>
    <message>
        <source>&amp;Name her refuge and where the incidents happened (the respondent is usually served this bundle)</source>
        <translation>&amp;ذكر اسم دار الإيواء وأماكن الحوادث (تُبلَّغ حافظة المستندات عادةً إلى المدعى عليه)</translation>
    </message>
    <message>
        <source>Give her &amp;alias (it may be the name she now lives under): beside her legal name, or as her name when none is recorded</source>
        <translation>ذكر &amp;اسمها المستعار (قد يكون الاسم الذي تعيش به الآن): بجانب اسمها القانوني، أو اسمًا لها إن لم يُسجَّل اسم قانوني</translation>
    </message>
    <message>
        <source>Why the counselling notes are relevant</source>
        <translation>سبب أهمية ملاحظات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Why her counselling notes are relevant to these proceedings (printed at the head of the notes).</source>
        <translation>لماذا ملاحظات الإرشاد النفسي الخاصة بها ذات صلة بهذه الإجراءات (تُطبع في رأس الملاحظات).</translation>
    </message>
    <message>
        <source>Court, for the counselling notes bundle&apos;s cover</source>
        <translation>المحكمة، لغلاف حافظة المستندات لملاحظات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>المحكمة:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>رقم القضية:</translation>
    </message>
    <message>
        <source>Hearing (date, time):</source>
        <translation>الجلسة (التاريخ، الوقت):</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>القاضي:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>الأطراف:</translation>
    </message>
    <message>
        <source>Tick at least one section for the bundle.</source>
        <translation>اختر قسمًا واحدًا على الأقل لحافظة المستندات.</translation>
    </message>
</context>
<context>
    <name>CaseFileHeader</name>
    <message>
        <source>Name sealed: waiting for a colleague to confirm you</source>
        <translation>الاسم مختوم: في انتظار تأكيد زميلة لحسابك</translation>
    </message>
    <message>
        <source>age not known</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>Safe phone: {p}</source>
        <translation>الهاتف الآمن: {p}</translation>
    </message>
    <message>
        <source>text messages are safe</source>
        <translation>الرسائل النصية آمنة</translation>
    </message>
    <message>
        <source>do not send text messages</source>
        <translation>لا ترسلوا رسائل نصية</translation>
    </message>
    <message>
        <source>code word: {w}</source>
        <translation>الكلمة الرمزية: {w}</translation>
    </message>
    <message>
        <source>HIGH RISK (score {n})</source>
        <translation>خطر مرتفع (الدرجة {n})</translation>
    </message>
    <message>
        <source>Referred to the case conference</source>
        <translation>أُحيلت إلى اجتماع تنسيق الحالة</translation>
    </message>
    <message>
        <source>In shelter</source>
        <translation>في دار الإيواء</translation>
    </message>
    <message>
        <source>{section} open by break-glass until {time}</source>
        <translation>{section} مفتوح بالوصول الطارئ حتى {time}</translation>
    </message>
    <message>
        <source>{incident}:</source>
        <translation>{incident}:</translation>
    </message>
    <message>
        <source>{incident}: clinical windows closed</source>
        <translation>{incident}: انتهت المهل السريرية</translation>
    </message>
    <message>
        <source>Show or hide the windows that closed</source>
        <translation>إظهار المهل المنتهية أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>CaseFileWidget</name>
    <message>
        <source>Sections of the file</source>
        <translation>أقسام الملف</translation>
    </message>
    <message>
        <source>&amp;Break the glass…</source>
        <translation>الوصول ال&amp;طارئ…</translation>
    </message>
    <message>
        <source>Break the glass</source>
        <translation>الوصول الطارئ</translation>
    </message>
    <message>
        <source>Open a section your role does not see, with a reason the manager reviews</source>
        <translation>فتح قسم لا يراه دورك، مع سبب يراجعه المدير</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>{title} (break-glass)</source>
        <translation>{title} (وصول طارئ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>العمر التقديري</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>النوع الاجتماعي</translation>
    </message>
    <message>
        <source>Languages (separated by commas)</source>
        <translation>اللغات (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>About the children</source>
        <translation>عن الأطفال</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>الهاتف الآمن</translation>
    </message>
    <message>
        <source>Messages allowed</source>
        <translation>الرسائل مسموحة</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>الكلمة الرمزية</translation>
    </message>
    <message>
        <source>Safe contact notes</source>
        <translation>ملاحظات الاتصال الآمن</translation>
    </message>
    <message>
        <source>Not known (not in the register)</source>
        <translation>غير معروف (ليس في السجل)</translation>
    </message>
    <message>
        <source>Imported from a register</source>
        <translation>مستورد من سجل</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>المعرّف في السجل</translation>
    </message>
    <message>
        <source>No caseworker yet</source>
        <translation>لا يوجد مدير حالة بعد</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Time known</source>
        <translation>الوقت معروف</translation>
    </message>
    <message>
        <source>From (or at)</source>
        <translation>من (أو في)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>المعتدي</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>المعتدون</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>تعديل الحادثة</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>أُدخل خطأً</translation>
    </message>
    <message>
        <source>Entered in error: {reason}</source>
        <translation>أُدخل خطأً: {reason}</translation>
    </message>
    <message>
        <source>Mark as entered in error…</source>
        <translation>وضع علامة «أُدخل خطأً»…</translation>
    </message>
    <message>
        <source>Not entered in error…</source>
        <translation>لم يُدخل خطأً…</translation>
    </message>
    <message>
        <source>Clear the mark: the incident counts again</source>
        <translation>إزالة العلامة: تُحتسب الحادثة من جديد</translation>
    </message>
    <message>
        <source>Add a &amp;perpetrator…</source>
        <translation>إضافة &amp;معتدٍ…</translation>
    </message>
    <message>
        <source>Name who did it: linked if he is on record, else added</source>
        <translation>سمِّ المعتدي: يُربط إن كان مسجلًا، وإلا يُضاف</translation>
    </message>
    <message>
        <source>The incident stays in her file with its history, but no longer counts: no clinical windows, statistics or documents. Say why.</source>
        <translation>تبقى الحادثة في ملفها مع سجلّ تغييراتها، لكنها لا تُحتسب بعد الآن: لا نوافذ سريرية ولا إحصاءات ولا مستندات. اذكر السبب.</translation>
    </message>
    <message>
        <source>Mark as entered in error</source>
        <translation>وضع علامة «أُدخل خطأً»</translation>
    </message>
    <message>
        <source>Not entered in error</source>
        <translation>لم يُدخل خطأً</translation>
    </message>
    <message>
        <source>The incident counts again. Say why the mark was wrong.</source>
        <translation>تُحتسب الحادثة من جديد. اذكر سبب خطأ العلامة.</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>قدّمه</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>الوصي</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Not for an agency</source>
        <translation>ليست لجهة</translation>
    </message>
    <message>
        <source>Agency as typed</source>
        <translation>الجهة كما كُتبت</translation>
    </message>
    <message>
        <source>Consent decisions (a withdrawal is a new decision)</source>
        <translation>قرارات الموافقة (السحب قرار جديد)</translation>
    </message>
    <message>
        <source>New consent decision</source>
        <translation>قرار موافقة جديد</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>الطب الشرعي</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>ملاحظات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Print the counselling notes &amp;bundle for court…</source>
        <translation>طباعة &amp;حافظة المستندات لملاحظات الإرشاد النفسي للمحكمة…</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>جلسات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>New counselling session</source>
        <translation>جلسة إرشاد نفسي جديدة</translation>
    </message>
    <message>
        <source>Edit counselling session</source>
        <translation>تعديل جلسة الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>القانوني</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>السرير</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>المغادرة المقررة</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>تاريخ المغادرة</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>الإيواء</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسندة إلى</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مُنجز</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>الخطر والسلامة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتح</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>تاريخ المعاينة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>الإصابات</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>العلاجات</translation>
    </message>
    <message>
        <source>Health encounters</source>
        <translation>الزيارات الصحية</translation>
    </message>
    <message>
        <source>&amp;Record an encounter…</source>
        <translation>&amp;تسجيل معاينة…</translation>
    </message>
    <message>
        <source>&amp;Correct the selected encounter…</source>
        <translation>&amp;تصحيح الزيارة المحددة…</translation>
    </message>
    <message>
        <source>Correct the selected encounter</source>
        <translation>تصحيح الزيارة المحددة</translation>
    </message>
    <message>
        <source>Marked as entered in error: clear the mark before correcting it.</source>
        <translation>عليها علامة «أُدخل خطأً»: أزل العلامة قبل تصحيحها.</translation>
    </message>
    <message>
        <source>Print the &amp;medico-legal report…</source>
        <translation>طباعة التقرير الطبي ال&amp;شرعي…</translation>
    </message>
    <message>
        <source>Clear the mark: the encounter counts again</source>
        <translation>إزالة العلامة: تُحتسب المراجعة الصحية من جديد</translation>
    </message>
    <message>
        <source>The encounter stays in her file with its history, but no longer counts: its doses do not meet the clinical windows, and it is left out of the medico-legal report and the statistics. Say why.</source>
        <translation>تبقى المراجعة الصحية في ملفها مع سجلّ تغييراتها، لكنها لا تُحتسب بعد الآن: لا تُحتسب جرعاتها ضمن المهل السريرية، وتُستبعد من التقرير الطبي الشرعي ومن الإحصاءات. اذكر السبب.</translation>
    </message>
    <message>
        <source>The encounter counts again. Say why the mark was wrong.</source>
        <translation>تُحتسب المراجعة الصحية من جديد. اذكر سبب خطأ العلامة.</translation>
    </message>
    <message>
        <source>Discard the encounter?</source>
        <translation>تجاهل المعاينة؟</translation>
    </message>
    <message>
        <source>What you typed in this encounter has not been saved.</source>
        <translation>لم يُحفظ ما كتبته في هذه المعاينة.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>غير مرتبط بحادثة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>بدأ في</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Examinations</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Opinion on the findings</source>
        <translation>الرأي في النتائج</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العينة</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>الختم</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>تاريخ الجمع</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>جمعها</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>بحوزة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Examiner (signs the report)</source>
        <translation>الفاحص (يوقّع التقرير)</translation>
    </message>
    <message>
        <source>Name of an examiner not on the centre&apos;s staff</source>
        <translation>اسم فاحص ليس من موظفي المركز</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>{name} (no longer on the staff)</source>
        <translation>{name} (لم تعد ضمن الطاقم)</translation>
    </message>
    <message>
        <source>Not on the centre&apos;s staff</source>
        <translation>ليس من موظفي المركز</translation>
    </message>
    <message>
        <source>{name} (not on the centre&apos;s staff)</source>
        <translation>{name} (ليس من موظفي المركز)</translation>
    </message>
    <message>
        <source>New examination</source>
        <translation>فحص جديد</translation>
    </message>
    <message>
        <source>Edit examination</source>
        <translation>تعديل الفحص</translation>
    </message>
    <message>
        <source>Add an e&amp;xamination…</source>
        <translation>إضافة &amp;فحص…</translation>
    </message>
    <message>
        <source>Edit the exa&amp;mination…</source>
        <translation>ت&amp;عديل الفحص…</translation>
    </message>
    <message>
        <source>New specimen</source>
        <translation>عينة جديدة</translation>
    </message>
    <message>
        <source>Add a s&amp;pecimen…</source>
        <translation>إضافة &amp;عينة…</translation>
    </message>
    <message>
        <source>Edit the spe&amp;cimen…</source>
        <translation>تعدي&amp;ل العينة…</translation>
    </message>
    <message>
        <source>Edit specimen</source>
        <translation>تعديل العينة</translation>
    </message>
    <message>
        <source>Chain of custody (hand-overs are never edited)</source>
        <translation>سلسلة العهدة (لا تُعدَّل عمليات التسليم أبدًا)</translation>
    </message>
    <message>
        <source>New hand-over</source>
        <translation>تسليم جديد</translation>
    </message>
    <message>
        <source>Add a hand-o&amp;ver…</source>
        <translation>إضافة &amp;تسليم…</translation>
    </message>
    <message>
        <source>Print the court &amp;bundle…</source>
        <translation>طباعة &amp;حافظة المستندات للمحكمة…</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>مرجع الشرطة</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدر في</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>القاضي</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>المدعي</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المدعى عليه</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>New legal matter</source>
        <translation>قضية قانونية جديدة</translation>
    </message>
    <message>
        <source>Edit legal matter</source>
        <translation>تعديل القضية القانونية</translation>
    </message>
    <message>
        <source>New hearing</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>أوامر الحماية</translation>
    </message>
    <message>
        <source>New protection order</source>
        <translation>أمر حماية جديد</translation>
    </message>
    <message>
        <source>Edit protection order</source>
        <translation>تعديل أمر الحماية</translation>
    </message>
    <message>
        <source>Age group (if no date of birth)</source>
        <translation>الفئة العمرية (إن لم يُعرف تاريخ الميلاد)</translation>
    </message>
    <message>
        <source>Known addresses</source>
        <translation>العناوين المعروفة</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>الأسلحة</translation>
    </message>
    <message>
        <source>Bail or order conditions</source>
        <translation>شروط الكفالة أو الأمر</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>&amp;Edit {name}…</source>
        <translation>&amp;تعديل {name}…</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتح</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>name sealed: waiting for a colleague to confirm you</source>
        <translation>الاسم مختوم: في انتظار تأكيد زميلة لحسابك</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Open and closed</source>
        <translation>المفتوحة والمغلقة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message numerus="yes">
        <source>%n+ cases, more as you scroll</source>
        <translation>
            <numerusform>%n+ حالة، والمزيد عند التمرير</numerusform>
            <numerusform>%n+ حالة، والمزيد عند التمرير</numerusform>
            <numerusform>%n+ حالة، والمزيد عند التمرير</numerusform>
            <numerusform>%n+ حالات، والمزيد عند التمرير</numerusform>
            <numerusform>%n+ حالة، والمزيد عند التمرير</numerusform>
            <numerusform>%n+ حالة، والمزيد عند التمرير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n حالة</numerusform>
            <numerusform>حالة واحدة</numerusform>
            <numerusform>حالتان</numerusform>
            <numerusform>%n حالات</numerusform>
            <numerusform>%n حالة</numerusform>
            <numerusform>%n حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>البحث عن حالة</translation>
    </message>
    <message>
        <source>Name, alias, reference, phone, date of birth…</source>
        <translation>الاسم، الاسم المستعار، المرجع، الهاتف، تاريخ الميلاد…</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;حالاتي</translation>
    </message>
    <message>
        <source>Only my cases</source>
        <translation>حالاتي فقط</translation>
    </message>
    <message>
        <source>In s&amp;helter</source>
        <translation>في دار الإي&amp;واء</translation>
    </message>
    <message>
        <source>Only cases in shelter</source>
        <translation>الحالات في دار الإيواء فقط</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>استقبال &amp;جديد…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Number of cases shown</source>
        <translation>عدد الحالات المعروضة</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <source>Welcome to OneStop</source>
        <translation>مرحبًا بك في OneStop</translation>
    </message>
    <message>
        <source>This workstation has no OneStop vault yet. The vault keeps every record encrypted; these steps create it and its first administrator.</source>
        <translation>لا توجد خزنة OneStop على محطة العمل هذه بعد. تحفظ الخزنة كل السجلات مشفرة؛ تنشئها هذه الخطوات مع أول مسؤول عن النظام.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>&amp;Centre name</source>
        <translation>اسم ال&amp;مركز</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation>اكتب اسم المركز كما يجب أن يُطبع على المستندات.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>You signed in with a one-time password. Choose your own before you go on: at least 12 characters; a few unrelated words make a strong password.</source>
        <translation>سجّلت الدخول بكلمة مرور لمرة واحدة. اختر كلمة مرورك قبل المتابعة: 12 حرفًا على الأقل؛ بضع كلمات لا رابط بينها تصنع كلمة مرور قوية.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>اختيار كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>At least 12 characters. A few unrelated words make a strong password that is easy to remember.</source>
        <translation>12 حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكرها.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>كلمة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>كلمة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>كرّر كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Password message</source>
        <translation>رسالة كلمة المرور</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>التقدير المهني</translation>
    </message>
    <message>
        <source>Agree with the score</source>
        <translation>موافق على الدرجة</translation>
    </message>
    <message>
        <source>Raise to {level}</source>
        <translation>الرفع إلى {level}</translation>
    </message>
    <message>
        <source>Why your judgement raises the level</source>
        <translation>لماذا يرفع تقديرك المستوى</translation>
    </message>
    <message>
        <source>Professional &amp;judgement</source>
        <translation>ال&amp;تقدير المهني</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;حفظ التقييم</translation>
    </message>
    <message>
        <source>Score so far: {yes} of {n} ({level}); </source>
        <translation>الدرجة حتى الآن: {yes} من {n} ({level})؛ </translation>
    </message>
    <message numerus="yes">
        <source>%n still to answer</source>
        <translation>
            <numerusform>بقي %n سؤال دون إجابة</numerusform>
            <numerusform>بقي سؤال واحد دون إجابة</numerusform>
            <numerusform>بقي سؤالان دون إجابة</numerusform>
            <numerusform>بقيت %n أسئلة دون إجابة</numerusform>
            <numerusform>بقي %n سؤالًا دون إجابة</numerusform>
            <numerusform>بقي %n سؤال دون إجابة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChronologyTable</name>
    <message>
        <source>C&amp;hronology for section A (edit, add or remove rows)</source>
        <translation>&amp;التسلسل الزمني للقسم A (عدّل الصفوف أو أضفها أو احذفها)</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>إضافة &amp;صف</translation>
    </message>
    <message>
        <source>Remo&amp;ve the row</source>
        <translation>&amp;حذف الصف</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>التاريخ غير مسجّل</translation>
    </message>
</context>
<context>
    <name>ConferencesView</name>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>&amp;Plan a meeting…</source>
        <translation>&amp;تخطيط اجتماع…</translation>
    </message>
    <message>
        <source>Due for review (heard 12 months ago)</source>
        <translation>مستحقة للمراجعة (نوقشت قبل 12 شهرًا)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last heard</source>
        <translation>آخر مناقشة</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>مستحقة للمراجعة</translation>
    </message>
    <message>
        <source>You see the cases on the agenda you are the caseworker of. The manager, who runs the meeting, sees every case, and prints the whole pack and minutes.</source>
        <translation>ترين الحالات المدرجة في جدول الأعمال التي أنتِ مسؤولة الحالة فيها. المديرة، التي تدير الاجتماع، ترى كل الحالات وتطبع الملف والمحضر كاملين.</translation>
    </message>
    <message>
        <source>A case on the agenda is shown only to the manager, who runs the meeting, and to the case&apos;s own caseworker; cases are held by caseworkers, so none is shown to you here. The manager prints the whole pack and minutes.</source>
        <translation>لا ترى حالةً في جدول الأعمال إلا المديرة، التي تدير الاجتماع، ومسؤولة الحالة نفسها؛ والحالات تتولاها مسؤولات الحالات، فلا تُعرض عليكِ هنا أي حالة. المديرة تطبع الملف والمحضر كاملين.</translation>
    </message>
    <message>
        <source>You read the conferences: caseworkers, legal advocates and the manager record what a meeting decides.</source>
        <translation>أنتِ تطّلعين على المؤتمرات: مسؤولات الحالات والمستشارات القانونيات والمديرة يسجّلن ما يقرّره الاجتماع.</translation>
    </message>
    <message>
        <source>Latest risk</source>
        <translation>آخر تقييم للخطر</translation>
    </message>
    <message>
        <source>Actions carried</source>
        <translation>الإجراءات المرحّلة</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>سبب الإدراج في جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Actions carried from earlier meetings</source>
        <translation>الإجراءات المرحّلة من اجتماعات سابقة</translation>
    </message>
    <message>
        <source>&amp;Hear the selected case…</source>
        <translation>&amp;مناقشة الحالة المحددة…</translation>
    </message>
    <message>
        <source>What became of the action</source>
        <translation>ما آل إليه الإجراء</translation>
    </message>
    <message>
        <source>if not done or no longer possible</source>
        <translation>إن لم يُنجز أو لم يعد ممكنًا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Re&amp;ferral…</source>
        <translation>الإ&amp;حالة…</translation>
    </message>
    <message>
        <source>Who referred the selected case to the meeting, and when</source>
        <translation>من أحال الحالة المختارة إلى الاجتماع، ومتى</translation>
    </message>
    <message>
        <source>&amp;Record outcome</source>
        <translation>&amp;تسجيل النتيجة</translation>
    </message>
    <message>
        <source>Print the &amp;pack…</source>
        <translation>طباعة &amp;ملف الاجتماع…</translation>
    </message>
    <message>
        <source>The agenda and the actions outstanding, per agency</source>
        <translation>جدول الأعمال والإجراءات المعلّقة، حسب الجهة</translation>
    </message>
    <message>
        <source>Print the min&amp;utes…</source>
        <translation>طباعة المح&amp;ضر…</translation>
    </message>
    <message>
        <source>Who was there, and each case&apos;s actions reviewed and agreed</source>
        <translation>من حضر، ولكل حالة الإجراءات التي رُوجعت والتي اتُّفق عليها</translation>
    </message>
    <message>
        <source>&amp;Close the minutes</source>
        <translation>إ&amp;غلاق المحضر</translation>
    </message>
    <message>
        <source>{day}, {time} · {state}
{venue}</source>
        <translation>{day}، {time} · {state}
{venue}</translation>
    </message>
    <message>
        <source>venue not recorded</source>
        <translation>المكان غير مسجّل</translation>
    </message>
    <message>
        <source>minutes closed</source>
        <translation>المحضر مغلق</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>No meeting planned yet.</source>
        <translation>لا يوجد اجتماع مخطط له بعد.</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>الوقت غير مسجّل</translation>
    </message>
    <message>
        <source>{time} {zone}</source>
        <translation>{time} {zone}</translation>
    </message>
    <message>
        <source>Meeting of {day} — {agencies}</source>
        <translation>اجتماع {day} — {agencies}</translation>
    </message>
    <message>
        <source>agencies not listed</source>
        <translation>الجهات غير مدرجة</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>Review of actions</source>
        <translation>مراجعة الإجراءات</translation>
    </message>
    <message>
        <source>None of your cases is on this meeting: the manager, who runs the meeting, prints it.</source>
        <translation>لا توجد أي من حالاتك في هذا الاجتماع: المديرة، التي تدير الاجتماع، تطبعه.</translation>
    </message>
    <message>
        <source>This meeting&apos;s minutes are closed.</source>
        <translation>محضر هذا الاجتماع مغلق.</translation>
    </message>
    <message>
        <source>Nothing on this meeting&apos;s agenda for this.</source>
        <translation>لا شيء في جدول أعمال هذا الاجتماع لهذا.</translation>
    </message>
    <message>
        <source>None of your cases is on this meeting: the manager, who runs the meeting, or the case&apos;s own caseworker records it.</source>
        <translation>لا توجد أي من حالاتك في هذا الاجتماع: تسجّله المديرة، التي تدير الاجتماع، أو مسؤولة الحالة نفسها.</translation>
    </message>
    <message>
        <source>These cases did not consent to sharing with every agency at the meeting, and only a manager may decide to share without consent: {cases}. Ask a manager.</source>
        <translation>لم توافق هؤلاء الناجيات على المشاركة مع كل جهة حاضرة في الاجتماع، ولا يقرّر المشاركة دون موافقة إلا المديرة: {cases}. اطلبي ذلك من المديرة.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>اختر اجتماعًا أولًا.</translation>
    </message>
    <message>
        <source>Written {path}.</source>
        <translation>كُتب: {path}.</translation>
    </message>
    <message>
        <source>Choose a case on the agenda first.</source>
        <translation>اختر حالة من جدول الأعمال أولًا.</translation>
    </message>
    <message>
        <source>{ref} heard.</source>
        <translation>نوقشت {ref}.</translation>
    </message>
    <message>
        <source>{ref} is on the agenda for its actions only: it has no referral.</source>
        <translation>{ref} على جدول الأعمال لإجراءاتها فقط: لا إحالة لها.</translation>
    </message>
    <message>
        <source>Choose an action carried from the last meeting.</source>
        <translation>اختر إجراءً مرحّلًا من الاجتماع الأخير.</translation>
    </message>
    <message>
        <source>Close the minutes?</source>
        <translation>إغلاق المحضر؟</translation>
    </message>
    <message>
        <source>Closed minutes cannot be changed. Actions still open, or not done, are carried to the next meeting.</source>
        <translation>لا يمكن تغيير المحضر المغلق. تُرحَّل الإجراءات التي لا تزال مفتوحة أو لم تُنجز إلى الاجتماع التالي.</translation>
    </message>
    <message>
        <source>Close the minutes</source>
        <translation>إغلاق المحضر</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>ConfirmColleaguesDialog</name>
    <message>
        <source>Confirm colleagues</source>
        <translation>تأكيد الزملاء</translation>
    </message>
    <message>
        <source>These colleagues wait for keys you hold before they can read survivors&apos; records. Confirm someone only in person: ask them to read aloud the fingerprint on their home screen, and type it below.</source>
        <translation>ينتظر هؤلاء الزملاء مفاتيح تملكها قبل أن يتمكنوا من قراءة سجلات الناجيات. لا تؤكد أحدًا إلا شخصيًا: اطلب منه أن يقرأ بصوت عالٍ البصمة الظاهرة في شاشته الرئيسية، واكتبها أدناه.</translation>
    </message>
    <message>
        <source>&amp;Waiting colleagues</source>
        <translation>&amp;زملاء في الانتظار</translation>
    </message>
    <message>
        <source>Waiting colleagues</source>
        <translation>زملاء في الانتظار</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read to you</source>
        <translation>ال&amp;بصمة التي قُرئت لك</translation>
    </message>
    <message>
        <source>Fingerprint read to you</source>
        <translation>البصمة التي قُرئت لك</translation>
    </message>
    <message>
        <source>eight groups of four letters and digits</source>
        <translation>ثماني مجموعات من أربعة حروف وأرقام</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>رسالة التأكيد</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>{name} ({user}), {role}</source>
        <translation>{name} ({user})، {role}</translation>
    </message>
    <message>
        <source>No one is waiting for keys you hold.</source>
        <translation>لا أحد ينتظر مفاتيح تملكها.</translation>
    </message>
    <message>
        <source>Confirming {name} gives them the keys to: {sections}.</source>
        <translation>تأكيد {name} يمنحه مفاتيح: {sections}.</translation>
    </message>
    <message>
        <source>{name} is confirmed and can read {sections} from their next sign-in.</source>
        <translation>تم تأكيد {name} ويمكنه قراءة {sections} ابتداءً من تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ConfirmNotice</name>
    <message>
        <source>Colleagues are waiting for you to confirm them: {names}.</source>
        <translation>زملاء ينتظرون أن تؤكدهم: {names}.</translation>
    </message>
    <message>
        <source>Colleagues waiting</source>
        <translation>زملاء في الانتظار</translation>
    </message>
    <message>
        <source>Con&amp;firm colleagues…</source>
        <translation>&amp;تأكيد الزملاء…</translation>
    </message>
    <message>
        <source>Confirm colleagues</source>
        <translation>تأكيد الزملاء</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours left</comment>
        <extracomment>A unit of the time left in a clinical window, after the number: &quot;h&quot; for hours.</extracomment>
        <translation>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
            <numerusform>%n س</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {mm} min</source>
        <comment>minutes left</comment>
        <extracomment>Minutes left, after the hours (&quot;5 h 07 min&quot;); {mm} is always two digits.</extracomment>
        <translation>{hours} {mm} د</translation>
    </message>
    <message>
        <source>{w}: given</source>
        <translation>{w}: أُعطي</translation>
    </message>
    <message>
        <source>{w}: incident time not known</source>
        <translation>{w}: وقت الحادثة غير معروف</translation>
    </message>
    <message>
        <source>{w}: window closed</source>
        <translation>{w}: انقضت المهلة</translation>
    </message>
    <message>
        <source>{w}: may have closed, up to {t} left</source>
        <translation>{w}: ربما انقضت المهلة، يتبقى حتى {t}</translation>
    </message>
    <message>
        <source>{w}: {a} to {b} left</source>
        <translation>{w}: يتبقى من {a} إلى {b}</translation>
    </message>
    <message>
        <source>{w}: {t} left</source>
        <translation>{w}: يتبقى {t}</translation>
    </message>
    <message>
        <source>Counted from: {incident}</source>
        <translation>محسوبة من: {incident}</translation>
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
            <numerusform>%n حرف مكتوب، والحد الأقصى {most}</numerusform>
            <numerusform>حرف واحد مكتوب، والحد الأقصى {most}</numerusform>
            <numerusform>حرفان مكتوبان، والحد الأقصى {most}</numerusform>
            <numerusform>%n أحرف مكتوبة، والحد الأقصى {most}</numerusform>
            <numerusform>%n حرفًا مكتوبًا، والحد الأقصى {most}</numerusform>
            <numerusform>%n حرف مكتوب، والحد الأقصى {most}</numerusform>
        </translation>
    </message>
    <message>
        <source>{typed}/{least}</source>
        <translation>{typed}/{least}</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) typed, at least {least}</source>
        <translation>
            <numerusform>%n حرف مكتوب، والحد الأدنى {least}</numerusform>
            <numerusform>%n حرف مكتوب، والحد الأدنى {least}</numerusform>
            <numerusform>%n حرفان مكتوب، والحد الأدنى {least}</numerusform>
            <numerusform>%n أحرف مكتوب، والحد الأدنى {least}</numerusform>
            <numerusform>%n حرفًا مكتوب، والحد الأدنى {least}</numerusform>
            <numerusform>%n حرف مكتوب، والحد الأدنى {least}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverView</name>
    <message>
        <source>Blank screen</source>
        <translation>الشاشة مخفية</translation>
    </message>
    <message>
        <source>Press any key to continue</source>
        <translation>اضغط أي مفتاح للمتابعة</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong inside OneStop and the action was not completed. The details (without any survivor data) are in the log: {path}</source>
        <translation>حدث خطأ داخل OneStop ولم يكتمل الإجراء. التفاصيل (دون أي بيانات للناجيات) في السجل: {path}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>time not known</source>
        <translation>الوقت غير معروف</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>بين {start} و{end}</translation>
    </message>
    <message>
        <source>{treatment}: incident time not known</source>
        <translation>{treatment}: وقت الحادثة غير معروف</translation>
    </message>
    <message>
        <source>{treatment} {hours} h after the incident</source>
        <translation>{treatment} بعد {hours} ساعة من الحادثة</translation>
    </message>
    <message>
        <source>{treatment} {low}-{high} h after the incident</source>
        <translation>{treatment} بعد {low} إلى {high} ساعة من الحادثة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>no cases in the period</source>
        <translation>لا حالات في هذه الفترة</translation>
    </message>
    <message>
        <source>not shown (small numbers)</source>
        <translation>غير معروض (أعداد صغيرة)</translation>
    </message>
    <message>
        <source>{n} of {total} ({percent} %)</source>
        <translation>{n} من {total} ({percent} %)</translation>
    </message>
    <message>
        <source>0–3 days</source>
        <translation>0–3 أيام</translation>
    </message>
    <message>
        <source>4–5 days</source>
        <translation>4–5 أيام</translation>
    </message>
    <message>
        <source>6–14 days</source>
        <translation>6–14 يومًا</translation>
    </message>
    <message>
        <source>2 weeks – 1 month</source>
        <translation>أسبوعان – شهر</translation>
    </message>
    <message>
        <source>Over 1 month</source>
        <translation>أكثر من شهر</translation>
    </message>
    <message>
        <source>Intimate partner or former partner</source>
        <translation>شريك حميم أو شريك سابق</translation>
    </message>
    <message>
        <source>Family member or caregiver</source>
        <translation>أحد أفراد الأسرة أو مقدم رعاية</translation>
    </message>
    <message>
        <source>Someone she knows (friend, neighbour, work)</source>
        <translation>شخص تعرفه (صديق، جار، عمل)</translation>
    </message>
    <message>
        <source>No relation (stranger)</source>
        <translation>لا علاقة (غريب)</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>غير ذلك أو غير مسجل</translation>
    </message>
    <message>
        <source>One</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>اثنان</translation>
    </message>
    <message>
        <source>Three or more</source>
        <translation>ثلاثة أو أكثر</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Date of the incident not known</source>
        <translation>تاريخ الحادثة غير معروف</translation>
    </message>
    <message>
        <source>Incidents reported, by GBVIMS core type</source>
        <translation>الحوادث المبلَّغ عنها، حسب النوع الأساسي في GBVIMS</translation>
    </message>
    <message>
        <source>Incidents reported, by context</source>
        <translation>الحوادث المبلَّغ عنها، حسب السياق</translation>
    </message>
    <message>
        <source>Incidents reported, by the survivor&apos;s age</source>
        <translation>الحوادث المبلَّغ عنها، حسب عمر الناجية</translation>
    </message>
    <message>
        <source>Incidents reported, by the survivor&apos;s sex</source>
        <translation>الحوادث المبلَّغ عنها، حسب جنس الناجية</translation>
    </message>
    <message>
        <source>Incidents reported, by month</source>
        <translation>الحوادث المبلَّغ عنها، حسب الشهر</translation>
    </message>
    <message>
        <source>Time between the incident and its report</source>
        <translation>المدة بين الحادثة والإبلاغ عنها</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s relationship to the survivor</source>
        <translation>علاقة الجاني المزعوم بالناجية</translation>
    </message>
    <message>
        <source>Number of alleged perpetrators</source>
        <translation>عدد الجناة المزعومين</translation>
    </message>
    <message>
        <source>Alleged perpetrator&apos;s age group</source>
        <translation>الفئة العمرية للجاني المزعوم</translation>
    </message>
    <message>
        <source>Each incident once, by its primary (first recorded) alleged perpetrator: his age on the day of the incident, or his age group when only that is known.</source>
        <translation>كل حادثة مرة واحدة، بحسب الجاني المزعوم الرئيسي (أول من سُجّل): عمره يوم الحادثة، أو فئته العمرية حين لا يُعرف غيرها.</translation>
    </message>
    <message>
        <source>New and returning survivors</source>
        <translation>الناجيات الجديدات والعائدات</translation>
    </message>
    <message>
        <source>New (case opened in the period)</source>
        <translation>جديدة (فُتح الملف خلال الفترة)</translation>
    </message>
    <message>
        <source>Returning (case opened before)</source>
        <translation>عائدة (فُتح الملف قبل ذلك)</translation>
    </message>
    <message>
        <source>Survivors with a disability</source>
        <translation>الناجيات ذوات الإعاقة</translation>
    </message>
    <message>
        <source>A disability is recorded</source>
        <translation>إعاقة مسجلة</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>Survivors who received each service in the period</source>
        <translation>الناجيات اللواتي تلقّين كل خدمة خلال الفترة</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>الناجيات</translation>
    </message>
    <message>
        <source>A survivor may receive several services, so the rows have no total.</source>
        <translation>قد تتلقى الناجية عدة خدمات، لذلك لا مجموع للصفوف.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by the agency&apos;s sector</source>
        <translation>الإحالات المُجراة خلال الفترة، حسب قطاع الجهة</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>مُجراة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Agency not in the directory</source>
        <translation>جهة غير مدرجة في الدليل</translation>
    </message>
    <message>
        <source>Completed: the agency reported the service given (by the date of this document).</source>
        <translation>مكتملة: أبلغت الجهة عن تقديم الخدمة (حتى تاريخ هذه الوثيقة).</translation>
    </message>
    <message>
        <source>Rape survivors</source>
        <translation>الناجيات من الاغتصاب</translation>
    </message>
    <message>
        <source>Started PEP within {window} h</source>
        <translation>بدأت الوقاية بعد التعرض خلال {window} ساعة</translation>
    </message>
    <message>
        <source>Not within, or not recorded</source>
        <translation>ليس ضمن المهلة، أو غير مسجل</translation>
    </message>
    <message>
        <source>Rape survivors who started PEP within {window} h of the incident</source>
        <translation>الناجيات من الاغتصاب اللواتي بدأن الوقاية بعد التعرض خلال {window} ساعة من الحادثة</translation>
    </message>
    <message>
        <source>Counts from 1 to {highest} are shown as {small}; a count marked {secondary} is hidden so that a small count cannot be worked out from the total.</source>
        <translation>تُعرض الأعداد من 1 إلى {highest} على أنها {small}؛ ويُخفى العدد المعلَّم بـ {secondary} كي لا يُستنتج عدد صغير من المجموع.</translation>
    </message>
    <message>
        <source>Only survivors whose consent to anonymised statistics is in force are counted.</source>
        <translation>لا تُحتسب إلا الناجيات اللواتي موافقتهن على الإحصاءات مجهولة الهوية سارية.</translation>
    </message>
    <message>
        <source>PEP within {hours} h counts only doses certainly given in the window: when the incident time is a range, from its earliest moment.</source>
        <translation>لا تُحتسب الوقاية بعد التعرض خلال {hours} ساعة إلا للجرعات المؤكد إعطاؤها ضمن المهلة: وعندما يكون وقت الحادثة مدى زمنيًا، فابتداءً من أول لحظة فيه.</translation>
    </message>
    <message>
        <source>Incident {n}</source>
        <translation>الحادثة {n}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Reported to police</source>
        <translation>أُبلغت الشرطة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الرواية</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <source>%n medical encounter(s), summarised; the full record of each is available on request.</source>
        <translation>
            <numerusform>%n زيارة طبية، ملخصة؛ السجل الكامل لكل منها متاح عند الطلب.</numerusform>
            <numerusform>زيارة طبية واحدة، ملخصة؛ سجلها الكامل متاح عند الطلب.</numerusform>
            <numerusform>زيارتان طبيتان، ملخصتان؛ السجل الكامل لكل منها متاح عند الطلب.</numerusform>
            <numerusform>%n زيارات طبية، ملخصة؛ السجل الكامل لكل منها متاح عند الطلب.</numerusform>
            <numerusform>%n زيارة طبية، ملخصة؛ السجل الكامل لكل منها متاح عند الطلب.</numerusform>
            <numerusform>%n زيارة طبية، ملخصة؛ السجل الكامل لكل منها متاح عند الطلب.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>بلا انتهاء</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>غير سارٍ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Preliminary documents</source>
        <translation>المستندات التمهيدية</translation>
    </message>
    <message>
        <source>Applications and orders</source>
        <translation>الطلبات والأوامر</translation>
    </message>
    <message>
        <source>Statements and witness evidence</source>
        <translation>الإفادات وأقوال الشهود</translation>
    </message>
    <message>
        <source>Medical and forensic reports</source>
        <translation>التقارير الطبية وتقارير الطب الشرعي</translation>
    </message>
    <message>
        <source>Photographs and exhibits</source>
        <translation>الصور الفوتوغرافية والمستندات المرفقة</translation>
    </message>
    <message>
        <source>Other documents: the centre&apos;s records</source>
        <translation>مستندات أخرى: سجلات المركز</translation>
    </message>
    <message>
        <source>Counselling notes disclosed with her consent</source>
        <translation>ملاحظات الإرشاد النفسي المفصح عنها بموافقتها</translation>
    </message>
    <message>
        <source>Section {letter}: {title}</source>
        <translation>القسم {letter}: {title}</translation>
    </message>
    <message>
        <source>not included, no opinion recorded (draft)</source>
        <translation>غير مدرج، لم يُسجَّل رأي (مسودة)</translation>
    </message>
    <message>
        <source>not included, she has not consented to the use of her records in court</source>
        <translation>غير مدرج، لم توافق على استخدام سجلاتها في المحكمة</translation>
    </message>
    <message>
        <source>The examiner has recorded no opinion on the findings of this incident&apos;s forensic examination: its medico-legal report is a draft, not ready to sign, and a draft is not put before a court. The report exists; once the examiner records an opinion it can be exported and signed, and added to this bundle.</source>
        <translation>لم يُسجَّل رأي في نتائج الفحص الطبي الشرعي لهذه الحادثة: تقريره الطبي الشرعي مسودة غير جاهزة للتوقيع، والمسودة لا تُقدَّم إلى المحكمة. التقرير موجود؛ وبعد تسجيل رأي في النتائج يمكن تصديره وتوقيعه وإضافته إلى حافظة المستندات هذه.</translation>
    </message>
    <message>
        <source>A medico-legal report goes to court only with her consent to the use of her records in court, as the report exported on its own does; the ledger does not record that consent as standing, and a manager&apos;s authority to export this bundle does not extend to it. The report exists and is not included.</source>
        <translation>لا يُقدَّم التقرير الطبي الشرعي إلى المحكمة إلا بموافقتها على استخدام سجلاتها في المحكمة، كما هو الحال في التقرير المصدَّر وحده؛ ولا يُظهر السجل هذه الموافقة سارية، ولا يمتد إذن المديرة بتصدير حافظة المستندات هذه إليه. التقرير موجود وغير مدرج.</translation>
    </message>
    <message>
        <source>Index (continued)</source>
        <translation>الفهرس (تابع)</translation>
    </message>
    <message>
        <source>A bundle of its own, separate from the court bundle: the counselling notes she consented to disclose to the court. Its pages are numbered CN1, CN2 … and are not pages of the court bundle.</source>
        <translation>حافظة المستندات مستقلة عن حافظة المستندات للمحكمة: ملاحظات الإرشاد النفسي التي وافقت على الإفصاح عنها للمحكمة. تُرقَّم صفحاتها CN1، CN2 … وليست من صفحات حافظة المستندات للمحكمة.</translation>
    </message>
    <message>
        <source>Arranged as Practice Direction 27A asks: A preliminary documents (case summary and chronology); B applications and orders (protection orders, hearings); C statements; D medical and forensic reports (medical record, forensic examination, chain of custody); E photographs and exhibits; F other documents (the centre&apos;s incident records). Pages are numbered within each section: A1, A2 … B1 …; sections with nothing in them are left out. Counselling notes, when disclosed, are a separate bundle (CN1 …).</source>
        <translation>مرتبة وفق التوجيه الإجرائي 27A: A المستندات التمهيدية (ملخص القضية والتسلسل الزمني)؛ B الطلبات والأوامر (أوامر الحماية، الجلسات)؛ C الإفادات؛ D التقارير الطبية وتقارير الطب الشرعي (السجل الطبي، فحص الطب الشرعي، سلسلة العهدة)؛ E الصور الفوتوغرافية والمستندات المرفقة؛ F مستندات أخرى (سجلات الحوادث في المركز). تُرقّم الصفحات داخل كل قسم: A1، A2 … B1 …؛ وتُحذف الأقسام الفارغة. ملاحظات الإرشاد النفسي، عند الإفصاح عنها، في حافظة المستندات منفصلة (CN1 …).</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص القضية</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Medico-legal report for incident {n}, examination {k}</source>
        <translation>التقرير الطبي الشرعي للحادثة {n}، الفحص {k}</translation>
    </message>
    <message>
        <source>Medico-legal report for incident {n}</source>
        <translation>التقرير الطبي الشرعي للحادثة {n}</translation>
    </message>
    <message>
        <source>{title}: {why}</source>
        <translation>{title}: {why}</translation>
    </message>
    <message>
        <source>{title} ({number}, version {version})</source>
        <translation>{title} ({number}، الإصدار {version})</translation>
    </message>
    <message>
        <source>Medical encounters</source>
        <translation>الزيارات الطبية</translation>
    </message>
    <message>
        <source>The examination for incident {n}, seen on {when}, is drawn in full in its medico-legal report ({number}) and is not repeated here.</source>
        <translation>فحص الحادثة {n}، الذي جرى في {when}، مرسوم كاملاً في تقريره الطبي الشرعي ({number}) ولا يتكرر هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n later visit(s) for incident {n} are listed with their injuries in its medico-legal report ({number}), under Later review visits, and are not repeated here.</source>
        <translation>
            <numerusform>%n زيارة لاحقة للحادثة {n} مدرجة مع إصاباتها في تقريرها الطبي الشرعي ({number})، تحت زيارات المراجعة اللاحقة، ولا تتكرر هنا.</numerusform>
            <numerusform>زيارة لاحقة واحدة للحادثة {n} مدرجة مع إصاباتها في تقريرها الطبي الشرعي ({number})، تحت زيارات المراجعة اللاحقة، ولا تتكرر هنا.</numerusform>
            <numerusform>زيارتان لاحقتان للحادثة {n} مدرجة مع إصاباتها في تقريرها الطبي الشرعي ({number})، تحت زيارات المراجعة اللاحقة، ولا تتكرر هنا.</numerusform>
            <numerusform>%n زيارات لاحقة للحادثة {n} مدرجة مع إصاباتها في تقريرها الطبي الشرعي ({number})، تحت زيارات المراجعة اللاحقة، ولا تتكرر هنا.</numerusform>
            <numerusform>%n زيارة لاحقة للحادثة {n} مدرجة مع إصاباتها في تقريرها الطبي الشرعي ({number})، تحت زيارات المراجعة اللاحقة، ولا تتكرر هنا.</numerusform>
            <numerusform>%n زيارة لاحقة للحادثة {n} مدرجة مع إصاباتها في تقريرها الطبي الشرعي ({number})، تحت زيارات المراجعة اللاحقة، ولا تتكرر هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>See the medico-legal report for incident {n} ({number}).</source>
        <translation>انظر التقرير الطبي الشرعي للحادثة {n} ({number}).</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>تاريخ المعاينة</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>The forensic examination for incident {n}, started {when}, is in its medico-legal report ({number}) in full, with its specimens, their chain of custody and the examiner&apos;s opinion, and is not repeated here.</source>
        <translation>الفحص الشرعي للحادثة {n}، الذي بدأ في {when}، وارد كاملاً في تقريره الطبي الشرعي ({number})، مع عيناته وسلسلة حيازتها ورأي الفاحص، ولا يتكرر هنا.</translation>
    </message>
    <message>
        <source>The chain of custody of the specimens sealed {seals} is in the medico-legal report for incident {n} ({number}) and is not repeated here.</source>
        <translation>سلسلة حيازة العينات المختومة {seals} واردة في التقرير الطبي الشرعي للحادثة {n} ({number}) ولا تتكرر هنا.</translation>
    </message>
    <message>
        <source>{number} {kind}, {size}, {view}, {side}</source>
        <translation>{number} {kind}، {size}، {view}، {side}</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Why these notes are relevant</source>
        <translation>سبب أهمية هذه الملاحظات</translation>
    </message>
    <message>
        <source>What is disclosed</source>
        <translation>ما يُكشف عنه</translation>
    </message>
    <message numerus="yes">
        <source>The notes of %n counselling session(s) held up to her consent, given {when}, to disclose her counselling notes to a court: {dates}.</source>
        <translation>
            <numerusform>ملاحظات %n جلسة إرشاد نفسي عُقدت حتى موافقتها، المعطاة في {when}، على كشف ملاحظات الإرشاد النفسي الخاصة بها لمحكمة: {dates}.</numerusform>
            <numerusform>ملاحظات %n جلسة إرشاد نفسي عُقدت حتى موافقتها، المعطاة في {when}، على كشف ملاحظات الإرشاد النفسي الخاصة بها لمحكمة: {dates}.</numerusform>
            <numerusform>ملاحظات %n جلسة إرشاد نفسي عُقدت حتى موافقتها، المعطاة في {when}، على كشف ملاحظات الإرشاد النفسي الخاصة بها لمحكمة: {dates}.</numerusform>
            <numerusform>ملاحظات %n جلسة إرشاد نفسي عُقدت حتى موافقتها، المعطاة في {when}، على كشف ملاحظات الإرشاد النفسي الخاصة بها لمحكمة: {dates}.</numerusform>
            <numerusform>ملاحظات %n جلسة إرشاد نفسي عُقدت حتى موافقتها، المعطاة في {when}، على كشف ملاحظات الإرشاد النفسي الخاصة بها لمحكمة: {dates}.</numerusform>
            <numerusform>ملاحظات %n جلسة إرشاد نفسي عُقدت حتى موافقتها، المعطاة في {when}، على كشف ملاحظات الإرشاد النفسي الخاصة بها لمحكمة: {dates}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later session(s) are not disclosed: her consent does not cover them.</source>
        <translation>
            <numerusform>%n جلسة لاحقة لا يُكشف عنها: موافقتها لا تشملها.</numerusform>
            <numerusform>%n جلسة لاحقة لا يُكشف عنها: موافقتها لا تشملها.</numerusform>
            <numerusform>%n جلسة لاحقة لا يُكشف عنها: موافقتها لا تشملها.</numerusform>
            <numerusform>%n جلسة لاحقة لا يُكشف عنها: موافقتها لا تشملها.</numerusform>
            <numerusform>%n جلسة لاحقة لا يُكشف عنها: موافقتها لا تشملها.</numerusform>
            <numerusform>%n جلسة لاحقة لا يُكشف عنها: موافقتها لا تشملها.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} session: others were present. These notes may record what other people said about themselves.</source>
        <translation>جلسة {kind}: كان آخرون حاضرين. قد تسجّل هذه الملاحظات ما قاله أشخاص آخرون عن أنفسهم.</translation>
    </message>
    <message>
        <source>Statement {n}. {title}</source>
        <translation>الإفادة {n}. {title}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) follow.</source>
        <translation>
            <numerusform>تليها %n صفحة.</numerusform>
            <numerusform>تليها صفحة واحدة.</numerusform>
            <numerusform>تليها صفحتان.</numerusform>
            <numerusform>تليها %n صفحات.</numerusform>
            <numerusform>تليها %n صفحة.</numerusform>
            <numerusform>تليها %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {reference}</source>
        <translation>الحالة {reference}</translation>
    </message>
    <message>
        <source>A separate bundle, not part of the court bundle: its pages are numbered CN1, CN2 … on their own.</source>
        <translation>حافظة المستندات منفصلة وليست جزءاً من حافظة المستندات للمحكمة: تُرقَّم صفحاتها وحدها CN1، CN2 …</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Not recorded in the centre&apos;s file: the court, the case number, the judge, the parties and the hearing date.</source>
        <translation>غير مسجَّل في ملف المركز: المحكمة ورقم القضية والقاضي والأطراف وتاريخ الجلسة.</translation>
    </message>
    <message>
        <source>Prepared by {who}, {centre}</source>
        <translation>أعدّه {who}، {centre}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>بتاريخ {date}</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Nothing is recorded in the sections chosen.</source>
        <translation>لا شيء مسجل في الأقسام المختارة.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>سبب الإدراج في جدول الأعمال</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Actions carried from earlier</source>
        <translation>إجراءات مرحّلة من اجتماعات سابقة</translation>
    </message>
    <message>
        <source>No action is outstanding from earlier meetings.</source>
        <translation>لا توجد إجراءات معلّقة من اجتماعات سابقة.</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (متأخر)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) to review</source>
        <translation>
            <numerusform>%n إجراء للمراجعة</numerusform>
            <numerusform>إجراء واحد للمراجعة</numerusform>
            <numerusform>إجراءان للمراجعة</numerusform>
            <numerusform>%n إجراءات للمراجعة</numerusform>
            <numerusform>%n إجراءً للمراجعة</numerusform>
            <numerusform>%n إجراء للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{agency} — %n outstanding</source>
        <translation>
            <numerusform>{agency} — %n إجراء معلّق</numerusform>
            <numerusform>{agency} — إجراء واحد معلّق</numerusform>
            <numerusform>{agency} — إجراءان معلّقان</numerusform>
            <numerusform>{agency} — %n إجراءات معلّقة</numerusform>
            <numerusform>{agency} — %n إجراءً معلّقًا</numerusform>
            <numerusform>{agency} — %n إجراء معلّق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>، منها %n متأخر</numerusform>
            <numerusform>، منها واحد متأخر</numerusform>
            <numerusform>، منها اثنان متأخران</numerusform>
            <numerusform>، منها %n متأخرة</numerusform>
            <numerusform>، منها %n متأخرًا</numerusform>
            <numerusform>، منها %n متأخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>اجتماع {date}</translation>
    </message>
    <message>
        <source>Attending: {agencies}</source>
        <translation>الحاضرون: {agencies}</translation>
    </message>
    <message>
        <source>Prepared by {who}.</source>
        <translation>أعدّه {who}.</translation>
    </message>
    <message>
        <source>For the agencies at the meeting only. Do not copy, forward or keep it after the meeting; each agency records what it agreed in its own files.</source>
        <translation>للجهات الحاضرة في الاجتماع فقط. لا تنسخه ولا تعيد إرساله ولا تحتفظ به بعد الاجتماع؛ تسجّل كل جهة ما اتفقت عليه في ملفاتها الخاصة.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>No case is on the agenda of this meeting.</source>
        <translation>لا توجد حالة على جدول أعمال هذا الاجتماع.</translation>
    </message>
    <message>
        <source>Outstanding actions by agency</source>
        <translation>الإجراءات المعلّقة حسب الجهة</translation>
    </message>
    <message>
        <source>The cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Risk: {risk}</source>
        <translation>الخطر: {risk}</translation>
    </message>
    <message>
        <source>Referred: {criteria}</source>
        <translation>سبب الإحالة: {criteria}</translation>
    </message>
    <message>
        <source>Shared without her consent</source>
        <translation>تمت المشاركة دون موافقتها</translation>
    </message>
    <message>
        <source>, on a manager&apos;s authority, because:</source>
        <translation>، بتفويض من المدير، للسبب التالي:</translation>
    </message>
    <message>
        <source>No action carried from an earlier meeting.</source>
        <translation>لا إجراءات مرحّلة من اجتماع سابق.</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>أحالتها</translation>
    </message>
    <message>
        <source>{agency} on {date}</source>
        <translation>{agency} في {date}</translation>
    </message>
    <message>
        <source>Born {born}</source>
        <translation>تاريخ الميلاد {born}</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>المعتدي</translation>
    </message>
    <message>
        <source>Repeat (within 12 months of the last referral)</source>
        <translation>تكرار (خلال 12 شهرًا من آخر إحالة)</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>اكتمال قائمة تقييم الخطر</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Checklist: yes to</source>
        <translation>قائمة تقييم المخاطر: نعم على</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>الصفحة {number} من {total}</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>SHARED WITHOUT THE SURVIVOR&apos;S CONSENT</source>
        <translation>تمت المشاركة دون موافقة الناجية</translation>
    </message>
    <message>
        <source>Generated by {who} on {when}</source>
        <translation>أنشأه {who} في {when}</translation>
    </message>
    <message>
        <source>Shared without the survivor&apos;s consent.</source>
        <translation>تمت المشاركة دون موافقة الناجية.</translation>
    </message>
    <message>
        <source>A manager of {centre} authorised it, giving this reason:</source>
        <translation>أذن بذلك مدير في {centre}، للسبب التالي:</translation>
    </message>
    <message>
        <source>Authorised by {who} on {when}.</source>
        <translation>أذن بذلك {who} في {when}.</translation>
    </message>
    <message>
        <source>She has been told of this sharing (on {date}).</source>
        <translation>أُبلغت بهذه المشاركة (في {date}).</translation>
    </message>
    <message>
        <source>She has not been told of this sharing yet.</source>
        <translation>لم تُبلَّغ بهذه المشاركة بعد.</translation>
    </message>
    <message>
        <source>{who} will tell her. Until then, do not contact her about it.</source>
        <translation>سيبلغها {who}. وحتى ذلك الحين، لا تتصلوا بها بشأنها.</translation>
    </message>
    <message>
        <source>She has not been told of this sharing: telling her would increase the risk. Do not contact her about it, and take care that nothing of it reaches the perpetrator.</source>
        <translation>لم تُبلَّغ بهذه المشاركة: إبلاغها سيزيد الخطر. لا تتصلوا بها بشأنها، واحرصوا على ألا يصل شيء منها إلى الجاني.</translation>
    </message>
    <message>
        <source>Why she is not told: {why}</source>
        <translation>سبب عدم إبلاغها: {why}</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Minutes of the case conference</source>
        <translation>محضر اجتماع التنسيق بشأن الحالات</translation>
    </message>
    <message>
        <source>Draft: the minutes are not closed yet.</source>
        <translation>مسودة: لم يُغلق المحضر بعد.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئاسة الاجتماع</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>المعتذرون</translation>
    </message>
    <message>
        <source>Agencies invited</source>
        <translation>الجهات المدعوة</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>الحالات التي نوقشت</translation>
    </message>
    <message>
        <source>No case was heard at this meeting.</source>
        <translation>لم تُناقش أي حالة في هذا الاجتماع.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>المناقشة</translation>
    </message>
    <message>
        <source>Actions carried into the meeting</source>
        <translation>الإجراءات المرحّلة إلى الاجتماع</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>New actions agreed</source>
        <translation>إجراءات جديدة متفق عليها</translation>
    </message>
    <message>
        <source>Minutes prepared by {who}.</source>
        <translation>أعدّ المحضر {who}.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>الأمام</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>الخلف</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>خط الوسط</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>يمين</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>يسار</translation>
    </message>
    <message>
        <source>SHA-256 of the original: {digest}</source>
        <translation>SHA-256 للأصل: {digest}</translation>
    </message>
    <message>
        <source>Examination {n}</source>
        <translation>الفحص {n}</translation>
    </message>
    <message>
        <source>Seen on {when}; recorded by {who}.</source>
        <translation>رُوجعت في {when}؛ سجّله {who}.</translation>
    </message>
    <message>
        <source>History as given</source>
        <translation>التاريخ الطبي كما روته</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>الإصابات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>الإصابة</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>View</source>
        <translation>المنظر</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>{name}. {title}</source>
        <translation>{name}. {title}</translation>
    </message>
    <message>
        <source>Taken by: {who} · When: {when} · Body site: {site} · Injury number: {n}</source>
        <translation>التقطها: {who} · متى: {when} · موضع الجسم: {site} · رقم الإصابة: {n}</translation>
    </message>
    <message>
        <source>Body map of this examination: the injuries recorded when she was seen on {when}.</source>
        <translation>مخطط الجسم لهذا الفحص: الإصابات المسجَّلة عند معاينتها في {when}.</translation>
    </message>
    <message>
        <source>Body map of examination {n}: the injuries recorded when she was seen on {when}.</source>
        <translation>مخطط الجسم للفحص {n}: الإصابات المسجَّلة عند معاينتها في {when}.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>أُعطي</translation>
    </message>
    <message>
        <source>From the incident</source>
        <translation>منذ الحادثة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لأجل</translation>
    </message>
    <message>
        <source>Recorded at {when}.</source>
        <translation>سُجّل في {when}.</translation>
    </message>
    <message>
        <source>Amended by {who} at {when}.</source>
        <translation>عدّله {who} في {when}.</translation>
    </message>
    <message>
        <source>Forensic examination {n}</source>
        <translation>الفحص الطبي الشرعي {n}</translation>
    </message>
    <message>
        <source>By {who}, started {when}.</source>
        <translation>بواسطة {who}، بدأ في {when}.</translation>
    </message>
    <message>
        <source>Specimens</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>العينة</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>جُمعت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>رقم الختم</translation>
    </message>
    <message>
        <source>Chain of custody — seal {seal}</source>
        <translation>سلسلة العهدة — الختم {seal}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Exhibit P{n}</source>
        <translation>المستند P{n}</translation>
    </message>
    <message>
        <source>Photograph {n}</source>
        <translation>الصورة {n}</translation>
    </message>
    <message>
        <source>The absence of injury does not exclude sexual or physical assault: many assaults leave no injury, and injuries heal.</source>
        <translation>غياب الإصابة لا ينفي الاعتداء الجنسي أو الجسدي: كثير من الاعتداءات لا تترك إصابة، والإصابات تلتئم.</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>رقم التقرير</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>The person examined</source>
        <translation>الشخص الذي فُحص</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <source>Time from incident to examination</source>
        <translation>المدة بين الحادثة والفحص</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>أُعدّ</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>الفاحص</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Prepared by {who} from the clinical records of this incident&apos;s visits; no forensic examination is recorded for it.</source>
        <translation>أعدّه {who} من السجلات السريرية لزيارات هذه الحادثة؛ ولا يوجد فحص طبي شرعي مسجّل لها.</translation>
    </message>
    <message>
        <source>Prepared by {who} from the examination by {examiner}, recorded by {recorders}.</source>
        <translation>أعدّه {who} من الفحص الذي أجراه {examiner} وسجّله {recorders}.</translation>
    </message>
    <message>
        <source>Prepared by {who} from the examination recorded by {examiner}.</source>
        <translation>أعدّه {who} من الفحص الذي سجّله {examiner}.</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}).</source>
        <translation>تحلّ هذه النسخة محلّ النسخة {version} (الصادرة في {when}).</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}), which named {examiner} as the examiner.</source>
        <translation>تحلّ هذه النسخة محلّ النسخة {version} (الصادرة في {when})، التي سمّت {examiner} قائماً بالفحص.</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>This version replaces version {version} (issued {when}), which gave the examiner&apos;s qualifications as {qualifications} and registration number as {number}.</source>
        <translation>تحلّ هذه النسخة محلّ النسخة {version} (الصادرة في {when})، التي ذكرت مؤهلات القائم بالفحص على أنها {qualifications} ورقم تسجيله المهني على أنه {number}.</translation>
    </message>
    <message>
        <source>Forensic examination {k} of {count} of this incident, on {when}</source>
        <translation>الفحص الطبي الشرعي {k} من {count} لهذه الحادثة، في {when}</translation>
    </message>
    <message>
        <source>Examination {k} of {count} of this incident, on {when}</source>
        <translation>الفحص {k} من {count} لهذه الحادثة، في {when}</translation>
    </message>
    <message>
        <source>Forensic examination on {when}</source>
        <translation>الفحص الطبي الشرعي في {when}</translation>
    </message>
    <message>
        <source>Examination on {when}</source>
        <translation>الفحص في {when}</translation>
    </message>
    <message>
        <source>Her consents</source>
        <translation>موافقاتها</translation>
    </message>
    <message>
        <source>No consent is recorded in the ledger.</source>
        <translation>لا توجد موافقة مسجلة في السجل.</translation>
    </message>
    <message>
        <source>Her decisions as they stood when she was examined; none taken after it.</source>
        <translation>قراراتها كما كانت عند فحصها؛ دون أي قرار اتُّخذ بعده.</translation>
    </message>
    <message>
        <source>Consent to</source>
        <translation>الموافقة على</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>أعطاها</translation>
    </message>
    <message>
        <source>No examination findings are recorded for this examination: no clinical encounter was recorded at this visit, so this report records neither injuries nor their absence.</source>
        <translation>لا توجد نتائج فحص مسجَّلة لهذا الفحص: لم تُسجَّل أي زيارة سريرية في هذه المرة، لذا لا يثبت هذا التقرير وجود إصابات ولا غيابها.</translation>
    </message>
    <message>
        <source>No body map is drawn of the {count} injuries recorded at later visits, from {first} to {last}: more than {most} markers cannot be read on one map. Each is in the table above, with its view and side.</source>
        <translation>لم تُرسم خريطة للجسم للإصابات الـ{count} المسجّلة في الزيارات اللاحقة، من {first} إلى {last}: إذ لا يمكن قراءة أكثر من {most} علامة على خريطة واحدة. كل إصابة منها مذكورة في الجدول أعلاه، مع جهتها وجانبها.</translation>
    </message>
    <message numerus="yes">
        <source>Injuries recorded at %n later visit(s) more than {days} days after the examination ({dates}) are not shown with this incident&apos;s injuries: by then its injuries have usually healed, and what is seen may have another cause. Those visits are listed under Later review visits.</source>
        <translation>
            <numerusform>الإصابات المسجّلة في %n زيارة لاحقة بعد أكثر من {days} يومًا من الفحص ({dates}) لا تُعرض مع إصابات هذه الحادثة: فبحلول ذلك الوقت تكون إصاباتها قد شُفيت عادةً، وقد يكون لما يُرى سبب آخر. هذه الزيارات مدرجة تحت زيارات المراجعة اللاحقة.</numerusform>
            <numerusform>الإصابات المسجّلة في زيارة لاحقة واحدة بعد أكثر من {days} يومًا من الفحص ({dates}) لا تُعرض مع إصابات هذه الحادثة: فبحلول ذلك الوقت تكون إصاباتها قد شُفيت عادةً، وقد يكون لما يُرى سبب آخر. هذه الزيارات مدرجة تحت زيارات المراجعة اللاحقة.</numerusform>
            <numerusform>الإصابات المسجّلة في زيارتين لاحقتين بعد أكثر من {days} يومًا من الفحص ({dates}) لا تُعرض مع إصابات هذه الحادثة: فبحلول ذلك الوقت تكون إصاباتها قد شُفيت عادةً، وقد يكون لما يُرى سبب آخر. هذه الزيارات مدرجة تحت زيارات المراجعة اللاحقة.</numerusform>
            <numerusform>الإصابات المسجّلة في %n زيارات لاحقة بعد أكثر من {days} يومًا من الفحص ({dates}) لا تُعرض مع إصابات هذه الحادثة: فبحلول ذلك الوقت تكون إصاباتها قد شُفيت عادةً، وقد يكون لما يُرى سبب آخر. هذه الزيارات مدرجة تحت زيارات المراجعة اللاحقة.</numerusform>
            <numerusform>الإصابات المسجّلة في %n زيارة لاحقة بعد أكثر من {days} يومًا من الفحص ({dates}) لا تُعرض مع إصابات هذه الحادثة: فبحلول ذلك الوقت تكون إصاباتها قد شُفيت عادةً، وقد يكون لما يُرى سبب آخر. هذه الزيارات مدرجة تحت زيارات المراجعة اللاحقة.</numerusform>
            <numerusform>الإصابات المسجّلة في %n زيارة لاحقة بعد أكثر من {days} يومًا من الفحص ({dates}) لا تُعرض مع إصابات هذه الحادثة: فبحلول ذلك الوقت تكون إصاباتها قد شُفيت عادةً، وقد يكون لما يُرى سبب آخر. هذه الزيارات مدرجة تحت زيارات المراجعة اللاحقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} later review visits for this incident, in a summary: the findings of {cut} of them are shortened here (marked …). The full findings of each visit are in its encounter record in the case&apos;s health records, dated as below.</source>
        <translation>{count} من زيارات المتابعة اللاحقة لهذه الحادثة، في ملخّص: اختُصرت هنا نتائج {cut} منها (مع العلامة …). والنتائج الكاملة لكل زيارة موجودة في سجل تلك الزيارة ضمن السجلات الصحية للحالة، بالتاريخ المبيّن أدناه.</translation>
    </message>
    <message>
        <source>Other forensic examinations of this incident</source>
        <translation>فحوص طب شرعي أخرى لهذه الحادثة</translation>
    </message>
    <message numerus="yes">
        <source>This report covers a later forensic examination of the incident. %n other examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>يتناول هذا التقرير فحص طب شرعي لاحقًا للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير فحص طب شرعي لاحقًا للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير فحص طب شرعي لاحقًا للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير فحص طب شرعي لاحقًا للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير فحص طب شرعي لاحقًا للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير فحص طب شرعي لاحقًا للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
        </translation>
    </message>
    <message>
        <source>I, {examiner}, examined the person named in this report and made the findings it records; they were recorded by {recorders}, at the times shown under Recorded and amended.</source>
        <translation>أنا، {examiner}، فحصتُ الشخص المذكور في هذا التقرير وتوصّلتُ إلى النتائج المدوَّنة فيه؛ وقد سجّلها {recorders} في الأوقات المبيَّنة تحت «التسجيل والتعديل».</translation>
    </message>
    <message>
        <source>I, {examiner}, examined the person named in this report, made the findings it records and recorded them at the times shown.</source>
        <translation>أنا، {examiner}، فحصتُ الشخص المذكور في هذا التقرير وتوصّلتُ إلى النتائج المدوَّنة فيه وسجّلتُها في الأوقات المبيَّنة.</translation>
    </message>
    <message>
        <source>The photographs of this incident are exhibits {exhibits} of section E, each with its caption and SHA-256: they are not repeated here.</source>
        <translation>صور هذه الحادثة هي المستندات {exhibits} في القسم E، كلٌّ منها مع تعليقه وبصمة SHA-256 الخاصة به: ولا تتكرر هنا.</translation>
    </message>
    <message>
        <source>This report is not ready to sign: the examiner has not recorded an opinion on the findings. Record it on the examination and export the report again.</source>
        <translation>هذا التقرير غير جاهز للتوقيع: لم يسجّل الفاحص رأيه في النتائج. سجّله في الفحص ثم صدّر التقرير مرة أخرى.</translation>
    </message>
    <message>
        <source>No forensic examination is recorded for this incident, so this report has no examiner&apos;s declaration or statement of truth: it sets out the clinical records of the incident&apos;s visits as they stand, and is not to be signed as a forensic examiner&apos;s report.</source>
        <translation>لا يوجد فحص طبي شرعي مسجّل لهذه الحادثة، ولذلك لا يتضمن هذا التقرير إقرار الفاحص ولا بيان الصدق: فهو يعرض السجلات السريرية لزيارات الحادثة كما هي، ولا يجوز توقيعه بوصفه تقرير فاحص طبي شرعي.</translation>
    </message>
    <message>
        <source>The examiner&apos;s opinion</source>
        <translation>رأي الفاحص</translation>
    </message>
    <message>
        <source>No opinion is recorded.</source>
        <translation>لا يوجد رأي مسجل.</translation>
    </message>
    <message>
        <source>Later review visits</source>
        <translation>زيارات المراجعة اللاحقة</translation>
    </message>
    <message>
        <source>Further forensic examinations of this incident</source>
        <translation>فحوص طب شرعي أخرى لهذه الحادثة</translation>
    </message>
    <message>
        <source>Recorded and amended</source>
        <translation>التسجيل والتعديل</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>عدّله</translation>
    </message>
    <message>
        <source>Amended at</source>
        <translation>وقت التعديل</translation>
    </message>
    <message>
        <source>Declaration and statement of truth</source>
        <translation>الإقرار وبيان الصدق</translation>
    </message>
    <message>
        <source>Note by the centre: {examiner} is recorded on the examination as an examiner who is not on the centre&apos;s staff. The centre holds no record of the examiner&apos;s qualifications or registration number; the examiner gives them below.</source>
        <translation>ملاحظة من المركز: {examiner} مسجَّل في الفحص بوصفه القائم بالفحص من خارج موظفي المركز. لا يحتفظ المركز بأي سجل لمؤهلات القائم بالفحص أو رقم تسجيله المهني؛ ويدوّنهما القائم بالفحص أدناه.</translation>
    </message>
    <message>
        <source>I believe that the facts stated in this report are true. I understand that my duty is to the court, and that proceedings for contempt of court may be brought against anyone who makes, or causes to be made, a false statement in a document verified by a statement of truth without an honest belief in its truth.</source>
        <translation>أعتقد أن الوقائع الواردة في هذا التقرير صحيحة. وأفهم أن واجبي تجاه المحكمة، وأنه يجوز اتخاذ إجراءات بتهمة ازدراء المحكمة ضد كل من يدلي، أو يتسبب في الإدلاء، ببيان كاذب في مستند مؤكد ببيان صدق دون اعتقاد صادق بصحته.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>التوقيع:</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>الاسم: {name}</translation>
    </message>
    <message>
        <source>Qualifications: {qualifications}</source>
        <translation>المؤهلات: {qualifications}</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>رقم التسجيل: {number}</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message numerus="yes">
        <source>This report covers the first forensic examination of the incident. %n further examination(s) of the same incident, each reported on its own:</source>
        <translation>
            <numerusform>يتناول هذا التقرير أول فحص طب شرعي للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير أول فحص طب شرعي للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير أول فحص طب شرعي للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير أول فحص طب شرعي للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير أول فحص طب شرعي للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
            <numerusform>يتناول هذا التقرير أول فحص طب شرعي للحادثة. عدد الفحوص الأخرى للحادثة نفسها: %n، ولكل منها تقريره الخاص:</numerusform>
        </translation>
    </message>
    <message>
        <source>* Recorded before this incident happened: it may have been given for an earlier examination. Confirm with her that it covers this one.</source>
        <translation>* سُجِّل قبل وقوع هذه الحادثة: ربما أُعطي لفحص سابق. تأكَّد معها أنه يشمل هذا الفحص.</translation>
    </message>
    <message>
        <source>Medico-legal report (draft: not ready to sign)</source>
        <translation>التقرير الطبي الشرعي (مسودة: غير جاهز للتوقيع)</translation>
    </message>
    <message>
        <source>Medico-legal report (no forensic examination recorded)</source>
        <translation>تقرير طبي شرعي (لا يوجد فحص طبي شرعي مسجّل)</translation>
    </message>
    <message>
        <source>No forensic examination is recorded for this incident.</source>
        <translation>لا يوجد فحص طبي شرعي مسجّل لهذه الحادثة.</translation>
    </message>
    <message>
        <source>Not on the centre&apos;s staff: the centre holds no record of the examiner&apos;s qualifications.</source>
        <translation>ليس من موظفي المركز: لا يحتفظ المركز بأي سجل لمؤهلات القائم بالفحص.</translation>
    </message>
    <message>
        <source>No injuries were recorded at this examination.</source>
        <translation>لم تُسجَّل أي إصابات في هذا الفحص.</translation>
    </message>
    <message>
        <source>No injuries were recorded at this examination or at the later visits for this incident.</source>
        <translation>لم تُسجَّل أي إصابات في هذا الفحص ولا في الزيارات اللاحقة المتعلقة بهذه الحادثة.</translation>
    </message>
    <message>
        <source>Injuries recorded at later visits</source>
        <translation>الإصابات المسجَّلة في الزيارات اللاحقة</translation>
    </message>
    <message>
        <source>Body map of the injuries recorded at later visits, from {first} to {last} (not of the forensic examination).</source>
        <translation>مخطط الجسم للإصابات المسجَّلة في الزيارات اللاحقة، من {first} إلى {last} (وليس للفحص الطبي الشرعي).</translation>
    </message>
    <message>
        <source>Ano-genital examination</source>
        <translation>فحص المنطقة الشرجية التناسلية</translation>
    </message>
    <message>
        <source>No ano-genital findings are recorded on a diagram for this examination; whether these regions were examined, and what was found, is only as the findings above say.</source>
        <translation>لا توجد نتائج شرجية تناسلية مسجَّلة على رسم تخطيطي لهذا الفحص؛ أما فحص هذه المناطق وما وُجد فيها فلا يُعرف إلا مما تذكره النتائج أعلاه.</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>please respond today.</source>
        <translation>يرجى الرد اليوم.</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>The person referred</source>
        <translation>الشخص المُحال</translation>
    </message>
    <message>
        <source>Known as</source>
        <translation>المعروفة باسم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age (estimated)</source>
        <translation>العمر (تقديري)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Disability or access needs</source>
        <translation>الإعاقة أو احتياجات الوصول</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Her children</source>
        <translation>أطفالها</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>غير مسجل.</translation>
    </message>
    <message>
        <source>How to contact her safely</source>
        <translation>كيفية التواصل معها بأمان</translation>
    </message>
    <message>
        <source>Safe number</source>
        <translation>رقم آمن</translation>
    </message>
    <message>
        <source>No safe number: contact her through us.</source>
        <translation>لا يوجد رقم آمن: تواصلوا معها عن طريقنا.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>A message may be left.</source>
        <translation>يمكن ترك رسالة.</translation>
    </message>
    <message>
        <source>Do not leave messages.</source>
        <translation>لا تتركوا رسائل.</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>الكلمة الرمزية</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>سبب الإحالة</translation>
    </message>
    <message>
        <source>{made}, not sent yet; this letter printed {printed}</source>
        <translation>{made}، لم تُرسل بعد؛ طُبعت هذه الرسالة في {printed}</translation>
    </message>
    <message>
        <source>{made}, sent {sent}; this letter printed {printed}</source>
        <translation>{made}، أُرسلت في {sent}؛ طُبعت هذه الرسالة في {printed}</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>No consent to share her information with this agency is in force. It is shared on a manager&apos;s authority, for the reason given at the top of this letter.</source>
        <translation>لا توجد موافقة سارية على مشاركة معلوماتها مع هذه الجهة. تتم مشاركتها بقرار من مدير، للسبب المذكور في أعلى هذه الرسالة.</translation>
    </message>
    <message>
        <source>Referring worker</source>
        <translation>الموظف المُحيل</translation>
    </message>
    <message>
        <source>not set in the centre&apos;s settings</source>
        <translation>غير محدد في إعدادات المركز</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>اطلب</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>مستوى الخطر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Perpetrator known to her</source>
        <translation>المعتدي معروف لها</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>What happened to her is not told here: she has not consented to sharing it with this agency.</source>
        <translation>لا يُذكر هنا ما حدث لها: فهي لم توافق على مشاركته مع هذه الجهة.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رُفضت</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>مرجعنا</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Contact at your agency (name, telephone)</source>
        <translation>جهة الاتصال لديكم (الاسم، الهاتف)</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>مرجعكم</translation>
    </message>
    <message>
        <source>Reason, if declined</source>
        <translation>السبب، في حال الرفض</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Reply slip</source>
        <translation>قسيمة الرد</translation>
    </message>
    <message>
        <source>Please fill this in and return it to us within a week, by e-mail or by hand, even if you cannot take the referral.</source>
        <translation>يرجى ملء هذه القسيمة وإعادتها إلينا خلال أسبوع، بالبريد الإلكتروني أو باليد، حتى لو لم تتمكنوا من قبول الإحالة.</translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation>أماكن آمنة يمكنك الذهاب إليها</translation>
    </message>
    <message>
        <source>People you trust, and how to reach them</source>
        <translation>الأشخاص الذين تثقين بهم، وكيفية الوصول إليهم</translation>
    </message>
    <message>
        <source>Emergency bag: documents, money, keys, medicines</source>
        <translation>حقيبة الطوارئ: الوثائق والمال والمفاتيح والأدوية</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>أطفالك</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>أمان الهاتف والإنترنت</translation>
    </message>
    <message>
        <source>Routes and how to get out</source>
        <translation>الطرق وكيفية الخروج</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>ملاحظات أخرى</translation>
    </message>
    <message>
        <source>Places to go</source>
        <translation>أماكن للذهاب إليها</translation>
    </message>
    <message>
        <source>People and numbers</source>
        <translation>أشخاص وأرقام</translation>
    </message>
    <message>
        <source>A word to remember</source>
        <translation>كلمة للتذكّر</translation>
    </message>
    <message>
        <source>Things to keep ready</source>
        <translation>أشياء تبقى جاهزة</translation>
    </message>
    <message>
        <source>Phone and computer</source>
        <translation>الهاتف والحاسوب</translation>
    </message>
    <message>
        <source>Getting around</source>
        <translation>التنقّل</translation>
    </message>
    <message>
        <source>Version {version}, {date}.</source>
        <translation>الإصدار {version}، {date}.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date} with {who}.</source>
        <translation>النسخة {version}، متفق عليها في {date} مع {who}.</translation>
    </message>
    <message>
        <source>Still to fill in: {headings}.</source>
        <translation>لم تُملأ بعد: {headings}.</translation>
    </message>
    <message>
        <source>Keep these notes somewhere you can reach when you need them.</source>
        <translation>احتفظي بهذه الملاحظات في مكان تصلين إليه حين تحتاجين إليها.</translation>
    </message>
    <message>
        <source>Keep this somewhere only you can reach. It does not carry your name. If keeping it ever feels unsafe, you can get rid of it: we can print it again whenever you ask.</source>
        <translation>احتفظي بهذا في مكان لا يصل إليه أحد غيرك. لا يحمل اسمك. إذا شعرتِ يومًا أن الاحتفاظ به غير آمن، يمكنك التخلص منه: يمكننا طباعته من جديد متى طلبتِ.</translation>
    </message>
    <message>
        <source>Still to plan together: {headings}.</source>
        <translation>ما زال علينا التخطيط معًا لـ: {headings}.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Survivors counted: {counted}. Survivors seen in the period whose consent to statistics is not in force, and who are not counted: {not_counted}.</source>
        <translation>الناجيات المحتسبات: {counted}. الناجيات اللواتي رُوجعن خلال الفترة ولا موافقة سارية لهن على الإحصاءات، ولم يُحتسبن: {not_counted}.</translation>
    </message>
    <message>
        <source>Post-exposure prophylaxis</source>
        <translation>العلاج الوقائي بعد التعرض</translation>
    </message>
    <message>
        <source>She consented to this information being shared with {agency}: {reason} Ledger entry {entry}.</source>
        <translation>وافقت على مشاركة هذه المعلومات مع {agency}: {reason} قيد السجل {entry}.</translation>
    </message>
    <message>
        <source>Number of children: {count}</source>
        <translation>عدد الأطفال: {count}</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>{type}, {when}.</source>
        <translation>{type}، {when}.</translation>
    </message>
    <message>
        <source>no incident is linked to these examinations.</source>
        <translation>لا توجد حادثة مرتبطة بهذه الفحوص.</translation>
    </message>
    <message>
        <source>with consent to {purpose}</source>
        <translation>بموافقتها على {purpose}</translation>
    </message>
    <message>
        <source>without consent, on a manager&apos;s authority</source>
        <translation>دون موافقتها، بقرار من مدير</translation>
    </message>
    <message>
        <source>Not recorded by then</source>
        <translation>لم يُسجَّل حتى ذلك الوقت</translation>
    </message>
    <message>
        <source>{hours} h after the incident</source>
        <translation>بعد {hours} ساعة من الحادثة</translation>
    </message>
    <message>
        <source>{low}-{high} h after the incident</source>
        <translation>بعد {low}-{high} ساعة من الحادثة</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Not stated here, for her safety.</source>
        <translation>لا يُذكر هنا حفاظًا على سلامتها.</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>القضية {number}</translation>
    </message>
    <message>
        <source>police reference {number}</source>
        <translation>مرجع الشرطة {number}</translation>
    </message>
    <message>
        <source>Incident: {type}</source>
        <translation>حادثة: {type}</translation>
    </message>
    <message>
        <source>{event} ({when})</source>
        <translation>{event} ({when})</translation>
    </message>
    <message>
        <source>Order issued: {order}</source>
        <translation>صدور أمر: {order}</translation>
    </message>
    <message>
        <source>Hearing, {court}: {purpose} (scheduled)</source>
        <translation>جلسة، {court}: {purpose} (مقرَّرة)</translation>
    </message>
    <message>
        <source>Hearing, {court}: {purpose}</source>
        <translation>جلسة، {court}: {purpose}</translation>
    </message>
    <message>
        <source>a refuge (name withheld for her safety)</source>
        <translation>دار إيواء (حُجب الاسم حفاظًا على سلامتها)</translation>
    </message>
    <message>
        <source>an agency (name withheld for her safety)</source>
        <translation>جهة (حُجب الاسم حفاظًا على سلامتها)</translation>
    </message>
    <message>
        <source>Referred to {agency}: {service}</source>
        <translation>أُحيلت إلى {agency}: {service}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>القاضي</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>المدعي</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المدعى عليه</translation>
    </message>
    <message>
        <source>Next hearing</source>
        <translation>الجلسة القادمة</translation>
    </message>
    <message>
        <source>Last hearing</source>
        <translation>آخر جلسة</translation>
    </message>
    <message>
        <source>Decided case by case on a manager&apos;s authority: the reason for each case shared without her consent is printed beside it.</source>
        <translation>تقرر ذلك حالةً بحالة بتفويض من المدير: سبب كل حالة تمت مشاركتها دون موافقتها مطبوع بجانبها.</translation>
    </message>
    <message>
        <source>{document} of {date}</source>
        <translation>{document} بتاريخ {date}</translation>
    </message>
    <message>
        <source>{level}, score {score}</source>
        <translation>{level}، الدرجة {score}</translation>
    </message>
    <message>
        <source>no assessment recorded</source>
        <translation>لا تقييم مسجل</translation>
    </message>
    <message numerus="yes">
        <source>about %n year(s) old</source>
        <translation>
            <numerusform>نحو %n سنة</numerusform>
            <numerusform>نحو سنة واحدة</numerusform>
            <numerusform>نحو سنتين</numerusform>
            <numerusform>نحو %n سنوات</numerusform>
            <numerusform>نحو %n سنة</numerusform>
            <numerusform>نحو %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>{document}, {start} to {end}</source>
        <translation>{document}، من {start} إلى {end}</translation>
    </message>
    <message>
        <source>incident time not known</source>
        <translation>وقت الحادثة غير معروف</translation>
    </message>
    <message>
        <source>The applicant (no legal name recorded; the name she uses is withheld for her safety)</source>
        <translation>مقدِّمة الطلب (لا يوجد اسم قانوني مسجَّل؛ والاسم الذي تستخدمه محجوب حفاظًا على سلامتها)</translation>
    </message>
    <message>
        <source>{name} (known as {alias})</source>
        <translation>{name} (المعروفة باسم {alias})</translation>
    </message>
    <message>
        <source>{name}, born {date}</source>
        <translation>{name}، المولودة في {date}</translation>
    </message>
    <message>
        <source>{name}, aged about {age}</source>
        <translation>{name}، عمرها نحو {age} سنة</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Forensic examination</source>
        <translation>الفحص الطبي الشرعي</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Legal help</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>دار الإيواء</translation>
    </message>
    <message>
        <source>Referral to another agency</source>
        <translation>الإحالة إلى جهة أخرى</translation>
    </message>
    <message>
        <source>{count} further counts are marked {secondary} because statistics for {periods} were released before: with those, these counts would let a hidden count be worked out by subtraction.</source>
        <translation>تم تعليم {count} أعداد إضافية بـ {secondary} لأن إحصاءات {periods} نُشرت من قبل: ومعها كانت هذه الأعداد ستسمح باستنتاج عدد مخفي بالطرح.</translation>
    </message>
    <message>
        <source>{count} further counts are marked {secondary}: with the other counts printed, these would let a hidden count be worked out.</source>
        <translation>عُلِّم {count} من الأعداد الأخرى بـ {secondary}: فمع الأعداد الأخرى المطبوعة كانت ستتيح استنتاج عدد مخفي.</translation>
    </message>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>سجل الحوادث (GBVIMS)</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Not linked to an incident</source>
        <translation>غير مرتبط بحادثة</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>ال&amp;حادثة</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>تاريخ المعاينة</translation>
    </message>
    <message>
        <source>&amp;Seen at</source>
        <translation>تاريخ ال&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;تاريخ الطبي</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>ال&amp;فحص</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>الإصابات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Injuries: click the outline to place a numbered marker</source>
        <translation>الإصابات: انقر على المخطط لوضع علامة مرقّمة</translation>
    </message>
    <message>
        <source>Remove the selected &amp;marker</source>
        <translation>إزالة ال&amp;علامة المحددة</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>أُعطي في</translation>
    </message>
    <message>
        <source>Dose or notes</source>
        <translation>الجرعة أو ملاحظات</translation>
    </message>
    <message>
        <source>Dose, product, result</source>
        <translation>الجرعة، المنتج، النتيجة</translation>
    </message>
    <message>
        <source>&amp;Add treatment</source>
        <translation>إ&amp;ضافة علاج</translation>
    </message>
    <message>
        <source>Treatments given</source>
        <translation>العلاجات المعطاة</translation>
    </message>
    <message>
        <source>Remove the selected &amp;treatment</source>
        <translation>إزالة ال&amp;علاج المحدد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Save encounter</source>
        <translation>&amp;حفظ المعاينة</translation>
    </message>
    <message>
        <source>Write the dose, product or result before adding the treatment.</source>
        <translation>اكتب الجرعة أو المنتج أو النتيجة قبل إضافة العلاج.</translation>
    </message>
    <message>
        <source>Add this treatment or clear it before saving.</source>
        <translation>أضف هذا العلاج أو امسحه قبل الحفظ.</translation>
    </message>
</context>
<context>
    <name>EnteredInErrorDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export: {document}</source>
        <translation>تصدير: {document}</translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its file name says nothing of her, the case or the centre, in case someone else finds it.</source>
        <translation>يُعَدّ المستند مما يحق لك قراءته ومما وافقت على مشاركته. اسم ملفه لا يدل عليها ولا على الملف ولا على المركز، تحسبًا لأن يعثر عليه شخص آخر.</translation>
    </message>
    <message>
        <source>The document is built from what you may read and what she consented to share. Its name carries the case reference and the document type, never her name.</source>
        <translation>يُبنى المستند مما يحق لك قراءته ومما وافقت على مشاركته. يحمل اسمه مرجع الحالة ونوع المستند، وليس اسمها أبدًا.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفح…</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;حفظ باسم</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;لغة الوثيقة</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256)</source>
        <translation>&amp;حماية بكلمة مرور (AES-256)</translation>
    </message>
    <message>
        <source>Without a password, anyone who gets hold of the file can read it.</source>
        <translation>بدون كلمة مرور، يستطيع أي شخص يحصل على الملف قراءته.</translation>
    </message>
    <message>
        <source>Document password</source>
        <translation>كلمة مرور المستند</translation>
    </message>
    <message>
        <source>Document password again</source>
        <translation>كلمة مرور المستند مرة أخرى</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>كلمة ال&amp;مرور</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>م&amp;رة أخرى</translation>
    </message>
    <message>
        <source>Share without her consent (a manager&apos;s decision)</source>
        <translation>المشاركة دون موافقتها (قرار المدير)</translation>
    </message>
    <message>
        <source>Why it must be shared without her consent</source>
        <translation>لماذا يجب المشاركة دون موافقتها</translation>
    </message>
    <message>
        <source>Why it must be shared without her consent (the document will say so).</source>
        <translation>لماذا يجب المشاركة دون موافقتها (سيذكر المستند ذلك).</translation>
    </message>
    <message>
        <source>&amp;Open the document when it is written</source>
        <translation>&amp;فتح المستند عند كتابته</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Where the document was written</source>
        <translation>مكان حفظ المستند</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;فتح المستند</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>إظهار الم&amp;جلد</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>حفظ المستند باسم</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Say where to save the document.</source>
        <translation>حدّد مكان حفظ المستند.</translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n characters.</source>
        <translation>
            <numerusform>تتكون كلمة مرور المستند من %n حرف على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من حرف واحد على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من حرفان على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من %n أحرف على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من %n حرفًا على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The document was written, but this computer could not open it: no program to show PDF files answered. Open it from its folder.</source>
        <translation>حُفظ المستند، لكن هذا الحاسوب لم يتمكن من فتحه: لم يستجب أي برنامج لعرض ملفات PDF. افتحه من مجلده.</translation>
    </message>
    <message>
        <source>This computer could not show the folder. Its path is above.</source>
        <translation>لم يتمكن هذا الحاسوب من إظهار المجلد. مساره مذكور أعلاه.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>أُلغي: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>ال&amp;تصدير على أي حال</translation>
    </message>
    <message>
        <source>What you typed for each case is lost if this closes: press Escape or Cancel again to close without exporting.</source>
        <translation>سيضيع ما كتبته لكل حالة إذا أُغلقت هذه النافذة: اضغط Escape أو إلغاء مرة أخرى للإغلاق دون تصدير.</translation>
    </message>
</context>
<context>
    <name>HearDialog</name>
    <message>
        <source>Heard at the meeting: {ref}</source>
        <translation>نوقشت في الاجتماع: {ref}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Patients with open clinical windows</source>
        <translation>مريضات لديهن مهل سريرية مفتوحة</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>حالاتي المفتوحة</translation>
    </message>
    <message>
        <source>Tasks due in the next 7 days</source>
        <translation>المهام المستحقة خلال 7 أيام</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>جلسات اليوم</translation>
    </message>
    <message>
        <source>Hearings in the next 14 days</source>
        <translation>الجلسات خلال 14 يومًا</translation>
    </message>
    <message>
        <source>Protection orders expiring within 30 days</source>
        <translation>أوامر الحماية التي تنتهي خلال 30 يومًا</translation>
    </message>
    <message>
        <source>In the shelter now</source>
        <translation>في دار الإيواء الآن</translation>
    </message>
    <message>
        <source>Expected exits in the next 7 days</source>
        <translation>المغادرات المتوقعة خلال 7 أيام</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>سجّلت الدخول باسم {name} ({role})</translation>
    </message>
    <message>
        <source>&amp;New intake…</source>
        <translation>استقبال &amp;جديد…</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <source>Print anonymised &amp;statistics…</source>
        <translation>طباعة &amp;إحصاءات مجهولة الهوية…</translation>
    </message>
    <message>
        <source>Anonymised counts for a period, for partners and funders: no name, no case reference, and no count small enough to point to someone.</source>
        <translation>أعداد مجهولة الهوية لفترة ما، للشركاء والجهات المموّلة: لا اسم، ولا مرجع حالة، ولا عدد صغير بما يكفي للدلالة على شخص.</translation>
    </message>
    <message>
        <source>No open clinical windows.</source>
        <translation>لا توجد مهل سريرية مفتوحة.</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>لا شيء هنا.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>المهمة المستحقة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Court and purpose</source>
        <translation>المحكمة والغرض</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Room / bed</source>
        <translation>الغرفة / السرير</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>No reminders.</source>
        <translation>لا توجد تذكيرات.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on the Reminders tab.</source>
        <translation>
            <numerusform>%n تذكير آخر في تبويب التذكيرات.</numerusform>
            <numerusform>تذكير واحد آخر في تبويب التذكيرات.</numerusform>
            <numerusform>تذكيران آخران في تبويب التذكيرات.</numerusform>
            <numerusform>%n تذكيرات أخرى في تبويب التذكيرات.</numerusform>
            <numerusform>%n تذكيرًا آخر في تبويب التذكيرات.</numerusform>
            <numerusform>%n تذكير آخر في تبويب التذكيرات.</numerusform>
        </translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>الحالات المفتوحة</translation>
    </message>
    <message>
        <source>Opened in the last 30 days</source>
        <translation>فُتحت خلال آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Break-glass accesses to review</source>
        <translation>حالات الوصول الطارئ بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Cases opened, month by month (last 12 months)</source>
        <translation>الحالات المفتوحة شهرًا بشهر (آخر 12 شهرًا)</translation>
    </message>
    <message>
        <source>Incidents recorded in the last 90 days, by type</source>
        <translation>الحوادث المسجلة خلال آخر 90 يومًا، حسب النوع</translation>
    </message>
    <message>
        <source>Shelter &amp;rooms and beds</source>
        <translation>&amp;غرف وأسرّة دار الإيواء</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Bring in the centre&apos;s earlier register (CSV or Excel): choose a field for each column, check every row, decide on possible duplicates, then import it all at once. Nothing is written until you import.</source>
        <translation>استورد السجل السابق للمركز (CSV أو Excel): اختر حقلاً لكل عمود، وتحقق من كل صف، وقرّر بشأن التكرارات المحتملة، ثم استورد كل شيء دفعة واحدة. لا يُكتب شيء قبل الاستيراد.</translation>
    </message>
    <message>
        <source>You can check a register and read its report here. A caseworker imports it: ask a caseworker to import the file once it is checked.</source>
        <translation>يمكنك هنا التحقق من السجل وقراءة تقريره. أما الاستيراد فيقوم به مدير الحالة: اطلب منه استيراد الملف بعد التحقق منه.</translation>
    </message>
    <message>
        <source>Who imports</source>
        <translation>من يستورد</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>The register&apos;s file (.csv or .xlsx)</source>
        <translation>ملف السجل (‎.csv أو ‎.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Read file</source>
        <translation>&amp;قراءة الملف</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>تنسيق الملف</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>الأعمدة والحقول</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>OneStop field</source>
        <translation>حقل OneStop</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;تحميل مطابقة…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;حفظ المطابقة…</translation>
    </message>
    <message>
        <source>&amp;Check every row (dry run)</source>
        <translation>&amp;تحقق من كل صف (تجربة)</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>تجربة</translation>
    </message>
    <message>
        <source>Rows that would be refused</source>
        <translation>الصفوف التي ستُرفض</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>المعرّف في السجل</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>قد يكون</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>نتيجة الاستيراد</translation>
    </message>
    <message>
        <source>Register to import</source>
        <translation>السجل المراد استيراده</translation>
    </message>
    <message>
        <source>Registers (*.csv *.xlsx)</source>
        <translation>السجلات (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>CSV file, encoding {encoding}, delimiter {delimiter}</source>
        <translation>ملف CSV، الترميز {encoding}، الفاصل {delimiter}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “{sheet}”</source>
        <translation>مصنف Excel، الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>Field for {column}</source>
        <translation>الحقل لـ {column}</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>تحميل مطابقة</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>المطابقات (*.json)</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <source>Mapping saved.</source>
        <translation>حُفظت المطابقة.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ التحقق من كل صف…</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>إلغاء التحقق</translation>
    </message>
    <message>
        <source>Check cancelled: run it again before importing.</source>
        <translation>أُلغي التحقق: أعِده قبل الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked:</source>
        <translation>
            <numerusform>تم التحقق من %n صف:</numerusform>
            <numerusform>تم التحقق من صف واحد:</numerusform>
            <numerusform>تم التحقق من صفّين:</numerusform>
            <numerusform>تم التحقق من %n صفوف:</numerusform>
            <numerusform>تم التحقق من %n صفًا:</numerusform>
            <numerusform>تم التحقق من %n صف:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be refused,</source>
        <translation>
            <numerusform>%n منها سيُرفض،</numerusform>
            <numerusform>واحد منها سيُرفض،</numerusform>
            <numerusform>اثنان منها سيُرفضان،</numerusform>
            <numerusform>%n منها ستُرفض،</numerusform>
            <numerusform>%n منها سيُرفض،</numerusform>
            <numerusform>%n منها سيُرفض،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n may be case(s) already in the vault.</source>
        <translation>
            <numerusform>و%n قد تكون حالة موجودة في الخزنة.</numerusform>
            <numerusform>وواحد قد يكون حالة موجودة في الخزنة.</numerusform>
            <numerusform>واثنان قد يكونان حالتين موجودتين في الخزنة.</numerusform>
            <numerusform>و%n قد تكون حالات موجودة في الخزنة.</numerusform>
            <numerusform>و%n قد تكون حالات موجودة في الخزنة.</numerusform>
            <numerusform>و%n قد تكون حالات موجودة في الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision for line {line}</source>
        <translation>القرار للسطر {line}</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>قرّر…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>Add to {reference}</source>
        <translation>إضافة إلى {reference}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new case(s),</source>
        <translation>
            <numerusform>استُورد: %n حالة جديدة،</numerusform>
            <numerusform>استُوردت: حالة جديدة واحدة،</numerusform>
            <numerusform>استُوردت: حالتان جديدتان،</numerusform>
            <numerusform>استُوردت: %n حالات جديدة،</numerusform>
            <numerusform>استُوردت: %n حالة جديدة،</numerusform>
            <numerusform>استُوردت: %n حالة جديدة،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s),</source>
        <translation>
            <numerusform>%n حادثة،</numerusform>
            <numerusform>حادثة واحدة،</numerusform>
            <numerusform>حادثتان،</numerusform>
            <numerusform>%n حوادث،</numerusform>
            <numerusform>%n حادثة،</numerusform>
            <numerusform>%n حادثة،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added to existing cases.</source>
        <translation>
            <numerusform>%n صف أُضيف إلى حالات قائمة.</numerusform>
            <numerusform>صف واحد أُضيف إلى حالات قائمة.</numerusform>
            <numerusform>صفّان أُضيفا إلى حالات قائمة.</numerusform>
            <numerusform>%n صفوف أُضيفت إلى حالات قائمة.</numerusform>
            <numerusform>%n صفًا أُضيف إلى حالات قائمة.</numerusform>
            <numerusform>%n صف أُضيف إلى حالات قائمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a case by its register id in the Cases tab.</source>
        <translation>ابحثي عن الحالة برقمها في السجل من تبويب الحالات.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>أُلغي الاستيراد: لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>IncidentRecorderDialog</name>
    <message>
        <source>GBVIMS Incident Recorder</source>
        <translation>سجل الحوادث (GBVIMS)</translation>
    </message>
    <message>
        <source>One row per incident reported in the months, of survivors whose consent to statistics is in force, in the Incident Recorder&apos;s columns and codes: no name, date of birth, contact or free text.</source>
        <translation>صف واحد لكل حادثة أُبلغ عنها في الأشهر المختارة، للناجيات اللواتي موافقتهن على الإحصاءات سارية، بأعمدة ورموز سجل الحوادث: لا اسم ولا تاريخ ميلاد ولا بيانات اتصال ولا نص حر.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Save in</source>
        <translation>&amp;الحفظ في</translation>
    </message>
    <message>
        <source>&amp;Protect with a password (AES-256 ZIP archive)</source>
        <translation>&amp;الحماية بكلمة مرور (أرشيف ZIP بتشفير AES-256)</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>كلمة مرور الأرشيف</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Archive password again</source>
        <translation>كلمة مرور الأرشيف مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>م&amp;رة أخرى</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message numerus="yes">
        <source>Written {path}: %n incident(s).</source>
        <translation>
            <numerusform>كُتب {path}: %n حادثة.</numerusform>
            <numerusform>كُتب {path}: حادثة واحدة.</numerusform>
            <numerusform>كُتب {path}: حادثتان.</numerusform>
            <numerusform>كُتب {path}: %n حوادث.</numerusform>
            <numerusform>كُتب {path}: %n حادثة.</numerusform>
            <numerusform>كُتب {path}: %n حادثة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New intake</source>
        <translation>استقبال جديد</translation>
    </message>
    <message>
        <source>A name or the alias she chose is enough; everything else can be added later. Before her file is opened, OneStop looks for her among the existing files.</source>
        <translation>يكفي اسم أو الاسم المستعار الذي اختارته؛ ويمكن إضافة كل شيء آخر لاحقًا. قبل فتح ملفها، يبحث OneStop عنها بين الملفات الموجودة.</translation>
    </message>
    <message>
        <source>Her</source>
        <translation>هي</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>الاسم الم&amp;ستعار</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>تاريخ ال&amp;ميلاد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, if she knows it</source>
        <translation>YYYY-MM-DD، إن كانت تعرفه</translation>
    </message>
    <message>
        <source>Safe contact</source>
        <translation>وسيلة الاتصال الآمنة</translation>
    </message>
    <message>
        <source>Safe &amp;phone</source>
        <translation>ال&amp;هاتف الآمن</translation>
    </message>
    <message>
        <source>Text &amp;messages to this phone are safe</source>
        <translation>ال&amp;رسائل النصية إلى هذا الهاتف آمنة</translation>
    </message>
    <message>
        <source>Text messages to this phone are safe</source>
        <translation>الرسائل النصية إلى هذا الهاتف آمنة</translation>
    </message>
    <message>
        <source>&amp;Code word</source>
        <translation>الكلمة ال&amp;رمزية المتفق عليها</translation>
    </message>
    <message>
        <source>Safe contact n&amp;otes</source>
        <translation>&amp;ملاحظات الاتصال الآمن</translation>
    </message>
    <message>
        <source>Her caseworker</source>
        <translation>مسؤولة حالتها</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>م&amp;سؤولة الحالة</translation>
    </message>
    <message>
        <source>First incident</source>
        <translation>الحادثة الأولى</translation>
    </message>
    <message>
        <source>Not recorded now</source>
        <translation>لا يُسجَّل الآن</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>T&amp;ime known</source>
        <translation>ال&amp;وقت المعروف</translation>
    </message>
    <message>
        <source>&amp;From (or at)</source>
        <translation>&amp;من (أو في)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;حتى</translation>
    </message>
    <message>
        <source>Conte&amp;xt</source>
        <translation>ال&amp;سياق</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>قرارات الموافقة</translation>
    </message>
    <message>
        <source>Me&amp;dical examination</source>
        <translation>الفحص ال&amp;طبي</translation>
    </message>
    <message>
        <source>Fo&amp;rensic collection</source>
        <translation>جمع الأدلة ال&amp;جنائية</translation>
    </message>
    <message>
        <source>P&amp;hotography</source>
        <translation>ال&amp;تصوير</translation>
    </message>
    <message>
        <source>Share with po&amp;lice</source>
        <translation>المشاركة مع ال&amp;شرطة</translation>
    </message>
    <message>
        <source>U&amp;se in court</source>
        <translation>الا&amp;ستخدام في المحكمة</translation>
    </message>
    <message>
        <source>Anon&amp;ymised statistics</source>
        <translation>الإحصاءات المجهولة ال&amp;هوية</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>لم يُسأل بعد</translation>
    </message>
    <message>
        <source>Check for &amp;existing files…</source>
        <translation>البحث عن ال&amp;ملفات الموجودة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No caseworker yet</source>
        <translation>لا مسؤولة حالة بعد</translation>
    </message>
    <message>
        <source>What will be registered</source>
        <translation>ما سيُسجَّل</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مسؤولة الحالة</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتح في</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>المشترك</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>التطابقات المحتملة</translation>
    </message>
    <message>
        <source>Possible &amp;matches</source>
        <translation>ال&amp;تطابقات المحتملة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Open the selected file</source>
        <translation>&amp;فتح الملف المحدد</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>لم يُذكر</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>الوقت غير معروف</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>بين {start} و{end}</translation>
    </message>
    <message>
        <source>none asked yet</source>
        <translation>لم يُطرح أي منها بعد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>الهاتف الآمن</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>مسموح بها</translation>
    </message>
    <message>
        <source>do not send</source>
        <translation>لا تُرسَل</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>These files share something with what she told you. If one of them is hers, open it instead of registering her again.</source>
        <translation>تشترك هذه الملفات في شيء مع ما أخبرتك به. إن كان أحدها ملفها، فافتحه بدلًا من تسجيلها مرة أخرى.</translation>
    </message>
    <message>
        <source>No existing file has her name, alias, date of birth or phone.</source>
        <translation>لا يوجد ملف يحمل اسمها أو اسمها المستعار أو تاريخ ميلادها أو هاتفها.</translation>
    </message>
    <message>
        <source>&amp;Register her as new: none of these</source>
        <translation>&amp;تسجيلها كحالة جديدة: ليست أيًّا من هذه</translation>
    </message>
    <message>
        <source>&amp;Register her</source>
        <translation>&amp;تسجيلها</translation>
    </message>
    <message>
        <source>Choose her file in the list first.</source>
        <translation>اختاري ملفها من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Discard this intake?</source>
        <translation>تجاهل هذا الاستقبال؟</translation>
    </message>
    <message>
        <source>What you typed about her has not been saved.</source>
        <translation>ما كتبته عنها لم يُحفظ.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>متابعة الكتابة</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not done</source>
        <translation>لم يُنجز</translation>
    </message>
    <message>
        <source>No longer possible</source>
        <translation>لم يعد ممكنًا</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Justice and legal aid</source>
        <translation>العدالة والمساعدة القانونية</translation>
    </message>
    <message>
        <source>Shelter and housing</source>
        <translation>الإيواء والسكن</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>الدعم النفسي والاجتماعي</translation>
    </message>
    <message>
        <source>Socio-economic support</source>
        <translation>الدعم الاجتماعي والاقتصادي</translation>
    </message>
    <message>
        <source>Child services</source>
        <translation>خدمات الطفولة</translation>
    </message>
    <message>
        <source>Community and faith groups</source>
        <translation>المجموعات المجتمعية والدينية</translation>
    </message>
    <message>
        <source>PEP first dose</source>
        <translation>الجرعة الأولى من الوقاية بعد التعرض</translation>
    </message>
    <message>
        <source>Emergency contraception</source>
        <translation>منع الحمل الطارئ</translation>
    </message>
    <message>
        <source>STI prophylaxis</source>
        <translation>الوقاية من الأمراض المنقولة جنسيًا</translation>
    </message>
    <message>
        <source>Hepatitis B</source>
        <translation>التهاب الكبد B</translation>
    </message>
    <message>
        <source>Tetanus</source>
        <translation>الكزاز</translation>
    </message>
    <message>
        <source>Pregnancy test</source>
        <translation>اختبار الحمل</translation>
    </message>
    <message>
        <source>HIV baseline test</source>
        <translation>اختبار فيروس نقص المناعة الأساسي</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>أُعيد فتحها</translation>
    </message>
    <message>
        <source>Rape</source>
        <translation>اغتصاب</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation>اعتداء جنسي</translation>
    </message>
    <message>
        <source>Physical assault</source>
        <translation>اعتداء جسدي</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>زواج قسري</translation>
    </message>
    <message>
        <source>Denial of resources, opportunities or services</source>
        <translation>الحرمان من الموارد أو الفرص أو الخدمات</translation>
    </message>
    <message>
        <source>Psychological or emotional abuse</source>
        <translation>إساءة نفسية أو عاطفية</translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation>شريك حميم</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Intersex</source>
        <translation>ثنائي الجنس</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>الناجية</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>الوصي</translation>
    </message>
    <message>
        <source>Medical examination</source>
        <translation>الفحص الطبي</translation>
    </message>
    <message>
        <source>Forensic collection</source>
        <translation>جمع الأدلة الجنائية</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>التصوير</translation>
    </message>
    <message>
        <source>Share with police</source>
        <translation>المشاركة مع الشرطة</translation>
    </message>
    <message>
        <source>Share with agency</source>
        <translation>المشاركة مع جهة</translation>
    </message>
    <message>
        <source>Use in court</source>
        <translation>الاستخدام في المحكمة</translation>
    </message>
    <message>
        <source>Disclosure of counselling notes to a court (the sessions held until then)</source>
        <translation>كشف ملاحظات الإرشاد النفسي لمحكمة (الجلسات المعقودة حتى ذلك الحين)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>action still to do</comment>
        <extracomment>An action agreed at a case conference that is still to be done (an action: in French and Spanish a feminine noun).</extracomment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>action carried out</comment>
        <extracomment>An action agreed at a case conference that was carried out.</extracomment>
        <translation>نُفّذ</translation>
    </message>
    <message>
        <source>High risk of serious harm or homicide</source>
        <translation>خطر مرتفع بأذى جسيم أو بالقتل</translation>
    </message>
    <message>
        <source>Risk to children</source>
        <translation>خطر على الأطفال</translation>
    </message>
    <message>
        <source>Risk to other people</source>
        <translation>خطر على أشخاص آخرين</translation>
    </message>
    <message>
        <source>To prevent or detect a serious crime</source>
        <translation>لمنع جريمة خطيرة أو كشفها</translation>
    </message>
    <message>
        <source>She could not be asked safely in time</source>
        <translation>تعذّر سؤالها بأمان في الوقت المناسب</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>case status</comment>
        <extracomment>A survivor&apos;s case file that is open (not closed).</extracomment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>incident context</comment>
        <extracomment>Where the violence happened: within her family (not by an intimate partner).</extracomment>
        <translation>داخل الأسرة</translation>
    </message>
    <message>
        <source>Given</source>
        <comment>consent decision</comment>
        <extracomment>Her consent decision: she gave her consent.</extracomment>
        <translation>ممنوحة</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>consent decision</comment>
        <extracomment>Her consent decision: she refused her consent.</extracomment>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Register id</source>
        <translation>المعرّف في السجل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>الاسم المستعار</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>العمر التقديري</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Safe phone</source>
        <translation>هاتف آمن</translation>
    </message>
    <message>
        <source>Date of the first interview</source>
        <translation>تاريخ المقابلة الأولى</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>Type of incident</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>Context (relationship)</source>
        <translation>السياق (العلاقة)</translation>
    </message>
    <message>
        <source>Number of perpetrators</source>
        <translation>عدد الجناة</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>checklist answer</comment>
        <extracomment>An answer on the risk checklist: she did not want to answer this question.</extracomment>
        <translation>رفضت الإجابة</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>دقيق</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Oral swab</source>
        <translation>مسحة فموية</translation>
    </message>
    <message>
        <source>Vaginal swab</source>
        <translation>مسحة مهبلية</translation>
    </message>
    <message>
        <source>Anal swab</source>
        <translation>مسحة شرجية</translation>
    </message>
    <message>
        <source>Skin swab</source>
        <translation>مسحة جلدية</translation>
    </message>
    <message>
        <source>Fingernail</source>
        <translation>الأظافر</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>الدم</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>البول</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>الملابس</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>مدير الحالة</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>مقدّم الرعاية الصحية</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>المرشد النفسي</translation>
    </message>
    <message>
        <source>Legal advocate</source>
        <translation>المستشار القانوني</translation>
    </message>
    <message>
        <source>Shelter officer</source>
        <translation>مسؤول الإيواء</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referral status</comment>
        <extracomment>A referral&apos;s status: the agency said it will not take her (a referral: in French &quot;orientation&quot;, feminine).</extracomment>
        <translation>رفضتها الجهة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>روتينية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طارئة</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>فردية</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>جماعية</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>counselling session</comment>
        <extracomment>A kind of counselling session: with members of her family present.</extracomment>
        <translation>عائلية</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>أزمة</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>هاتفية</translation>
    </message>
    <message numerus="yes">
        <source>Escalation (%n+ incidents in 12 months)</source>
        <translation>
            <numerusform>تصاعد (%n حادثة أو أكثر خلال 12 شهرًا)</numerusform>
            <numerusform>تصاعد (حادثة واحدة أو أكثر خلال 12 شهرًا)</numerusform>
            <numerusform>تصاعد (حادثتان أو أكثر خلال 12 شهرًا)</numerusform>
            <numerusform>تصاعد (%n حوادث أو أكثر خلال 12 شهرًا)</numerusform>
            <numerusform>تصاعد (%n حادثةً أو أكثر خلال 12 شهرًا)</numerusform>
            <numerusform>تصاعد (%n حادثة أو أكثر خلال 12 شهرًا)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>أُنشئت الخزنة</translation>
    </message>
    <message>
        <source>Vault upgraded</source>
        <translation>حُدّثت الخزنة</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>فشل تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>قُفلت الشاشة</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>فُتحت الشاشة</translation>
    </message>
    <message>
        <source>Record read</source>
        <translation>قُرئ السجل</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>كُتب السجل</translation>
    </message>
    <message>
        <source>Record purged</source>
        <translation>حُذف السجل نهائياً</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>صُدّر المستند</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>طُبع المستند</translation>
    </message>
    <message>
        <source>Glass broken</source>
        <translation>كسر الزجاج</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>أُنشئ الحساب</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>عُدّل الحساب</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>عُطّل الحساب</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>فُعّل الحساب</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>غُيّرت كلمة المرور</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>أُعيد تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Accounts listed</source>
        <translation>عُرضت الحسابات</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Pre-upgrade backup deleted</source>
        <translation>حُذفت النسخة الاحتياطية السابقة للترقية</translation>
    </message>
    <message>
        <source>Key slots vouched for</source>
        <translation>خانات المفاتيح المضمونة</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>غُيّر مفتاح الخزنة</translation>
    </message>
    <message>
        <source>Vault moved to the server</source>
        <translation>نُقلت الخزنة إلى الخادم</translation>
    </message>
    <message>
        <source>Vault verified</source>
        <translation>فُحصت الخزنة</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>قُرئ سجل التدقيق</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>غُيّرت الإعدادات</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>اكتُشف تلاعب</translation>
    </message>
    <message>
        <source>Tampering acknowledged</source>
        <translation>تم الإقرار بالتلاعب</translation>
    </message>
    <message>
        <source>Signing key registered</source>
        <translation>تم تسجيل مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Unverified reports refused</source>
        <translation>رُفضت بلاغات غير موثّقة</translation>
    </message>
    <message>
        <source>Section key created</source>
        <translation>أُنشئ مفتاح القسم</translation>
    </message>
    <message>
        <source>Section key given</source>
        <translation>سُلّم مفتاح القسم</translation>
    </message>
    <message>
        <source>New section key due</source>
        <translation>مطلوب مفتاح قسم جديد</translation>
    </message>
    <message>
        <source>Older text sealed</source>
        <translation>خُتم النص الأقدم</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>audit outcome</comment>
        <extracomment>The outcome of an action in the audit trail: it was carried out.</extracomment>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>audit outcome</comment>
        <extracomment>The outcome of an action in the audit trail: the person was not allowed to do it.</extracomment>
        <translation>غير مسموح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>غير موثّق</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>الطب الشرعي</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>القانوني</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>المأوى</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>الخطر والسلامة</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>اجتماعات الحالة</translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation>شبكة الإحالة</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Aged 0 to 11</source>
        <translation>من 0 إلى 11 سنة</translation>
    </message>
    <message>
        <source>Aged 12 to 17</source>
        <translation>من 12 إلى 17 سنة</translation>
    </message>
    <message>
        <source>Aged 18 to 25</source>
        <translation>من 18 إلى 25 سنة</translation>
    </message>
    <message>
        <source>Aged 26 to 40</source>
        <translation>من 26 إلى 40 سنة</translation>
    </message>
    <message>
        <source>Aged 41 to 60</source>
        <translation>من 41 إلى 60 سنة</translation>
    </message>
    <message>
        <source>Aged 61 or older</source>
        <translation>61 سنة فأكثر</translation>
    </message>
    <message>
        <source>Unknown age</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>Counselling notes bundle</source>
        <translation>حافظة المستندات لملاحظات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Case summary and chronology</source>
        <translation>ملخص القضية والتسلسل الزمني</translation>
    </message>
    <message>
        <source>Incident summary</source>
        <translation>ملخص الحادثة</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>التقرير الطبي</translation>
    </message>
    <message>
        <source>Forensic report</source>
        <translation>تقرير الطب الشرعي</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>سلسلة العهدة</translation>
    </message>
    <message>
        <source>Photographs (exhibits)</source>
        <translation>الصور (أدلة إثبات)</translation>
    </message>
    <message>
        <source>Protection orders</source>
        <translation>أوامر الحماية</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>الإفادات</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>ملاحظات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>High risk on the checklist</source>
        <translation>خطر مرتفع وفق قائمة تقييم الخطر</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>التقدير المهني</translation>
    </message>
    <message>
        <source>Repeat (new incident within 12 months of the last referral)</source>
        <translation>تكرار (حادثة جديدة خلال 12 شهرًا من آخر إحالة)</translation>
    </message>
    <message>
        <source>PEP</source>
        <translation>الوقاية بعد التعرض</translation>
    </message>
    <message>
        <source>Forensic: oral</source>
        <translation>طب شرعي: فموي</translation>
    </message>
    <message>
        <source>Forensic: digital</source>
        <translation>طب شرعي: إصبعي</translation>
    </message>
    <message>
        <source>Forensic: anal</source>
        <translation>طب شرعي: شرجي</translation>
    </message>
    <message>
        <source>Forensic: vaginal</source>
        <translation>طب شرعي: مهبلي</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>خطاب الإحالة</translation>
    </message>
    <message>
        <source>Medico-legal report</source>
        <translation>التقرير الطبي الشرعي</translation>
    </message>
    <message>
        <source>Court bundle</source>
        <translation>حافظة المستندات للمحكمة</translation>
    </message>
    <message>
        <source>Case-conference pack</source>
        <translation>ملف اجتماع تنسيق الحالة</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>Anonymised statistics</source>
        <translation>إحصاءات مجهولة الهوية</translation>
    </message>
    <message>
        <source>Safe places to go</source>
        <translation>أماكن آمنة للذهاب إليها</translation>
    </message>
    <message>
        <source>People she trusts and how to reach them</source>
        <translation>أشخاص تثق بهم وكيفية الوصول إليهم</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>الكلمة الرمزية</translation>
    </message>
    <message>
        <source>Emergency bag (documents, money, keys, medicines)</source>
        <translation>حقيبة الطوارئ (وثائق، نقود، مفاتيح، أدوية)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Phone and online safety</source>
        <translation>أمان الهاتف والإنترنت</translation>
    </message>
    <message>
        <source>Routes and escape plan</source>
        <translation>الطرق وخطة الهروب</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>ملاحظات أخرى</translation>
    </message>
    <message>
        <source>DHIS2 data value set</source>
        <translation>مجموعة قيم بيانات DHIS2</translation>
    </message>
    <message>
        <source>Conference minutes</source>
        <translation>محضر الاجتماع</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <source>Locked by {name}. Only they can unlock; anyone else signs in anew.</source>
        <translation>أقفله {name}. هو وحده يستطيع فتح القفل؛ وأي شخص آخر يسجّل الدخول من جديد.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>OneStop is locked</source>
        <translation>OneStop مقفل</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>أقفله</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>مفتاح Caps Lock مفعّل.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>تنبيه Caps Lock</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>رسالة فتح القفل</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>ت&amp;بديل المستخدم</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>MedicoLegalChoices</name>
    <message>
        <source>The report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>The police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Who the report is for</source>
        <translation>الجهة الموجَّه إليها التقرير</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>The examination the report is on</source>
        <translation>الفحص موضوع التقرير</translation>
    </message>
    <message>
        <source>The latest examination</source>
        <translation>آخر فحص</translation>
    </message>
    <message>
        <source>incident: {type}, {occurred}</source>
        <translation>الحادثة: {type}، {occurred}</translation>
    </message>
    <message>
        <source>Seen {when} (no forensic examination) · {incident}</source>
        <translation>رُوجعت في {when} (دون فحص طبي شرعي) · {incident}</translation>
    </message>
    <message>
        <source>Examined {when} by {examiner} · {incident}</source>
        <translation>فُحصت في {when} على يد {examiner} · {incident}</translation>
    </message>
    <message>
        <source>not linked to an incident</source>
        <translation>غير مرتبط بحادثة</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>ال&amp;فحص</translation>
    </message>
    <message>
        <source>Not ready to sign</source>
        <translation>غير جاهز للتوقيع</translation>
    </message>
    <message>
        <source>Not ready to sign: the examiner has not recorded an opinion on the findings of this examination. The report will say so above its declaration. Record the opinion on the forensic examination first, or export it now as a draft.</source>
        <translation>غير جاهز للتوقيع: لم يسجّل الفاحص رأيًا في نتائج هذا الفحص. سيذكر التقرير ذلك فوق إقراره. سجّل الرأي في الفحص الطبي الشرعي أولًا، أو صدّره الآن كمسودة.</translation>
    </message>
</context>
<context>
    <name>MeetingTime</name>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This vault was last used by a newer version of OneStop. Install that version (or newer) to open it; nothing was changed.</source>
        <translation>استُخدمت هذه الخزنة آخر مرة بإصدار أحدث من OneStop. ثبّت ذلك الإصدار (أو أحدث) لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>لا يمكن ترك هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <source>A hand-over cannot be in the future.</source>
        <translation>لا يمكن أن يكون التسليم في المستقبل.</translation>
    </message>
    <message>
        <source>A hand-over cannot come before the specimen was collected.</source>
        <translation>لا يمكن أن يسبق التسليمُ جمعَ العينة.</translation>
    </message>
    <message>
        <source>Hand-overs are recorded in order: this one is earlier than the last one recorded.</source>
        <translation>تُسجَّل عمليات التسليم بالترتيب: هذه أقدم من آخر عملية مسجلة.</translation>
    </message>
    <message>
        <source>The specimen was last with {holder}; the hand-over must start from them.</source>
        <translation>كانت العينة آخر مرة بحوزة {holder}؛ يجب أن يبدأ التسليم منه.</translation>
    </message>
    <message>
        <source>A hand-over goes to someone else.</source>
        <translation>التسليم يكون إلى شخص آخر.</translation>
    </message>
    <message>
        <source>The examination cannot be in the future.</source>
        <translation>لا يمكن أن يكون الفحص في المستقبل.</translation>
    </message>
    <message>
        <source>Injury markers are numbered 1, 2, 3… with no number used twice.</source>
        <translation>تُرقَّم علامات الإصابات 1، 2، 3… دون تكرار أي رقم.</translation>
    </message>
    <message>
        <source>An injury marker is outside the body outline.</source>
        <translation>توجد علامة إصابة خارج مخطط الجسم.</translation>
    </message>
    <message>
        <source>Say what kind of injury each marker is.</source>
        <translation>حدّد نوع الإصابة لكل علامة.</translation>
    </message>
    <message>
        <source>{label} cannot be given in the future.</source>
        <translation>لا يمكن إعطاء {label} في المستقبل.</translation>
    </message>
    <message>
        <source>{label} is recorded before the incident.</source>
        <translation>{label} مسجّل قبل الحادثة.</translation>
    </message>
    <message>
        <source>A follow-up cannot be due before the examination.</source>
        <translation>لا يمكن أن يكون موعد المتابعة قبل الفحص.</translation>
    </message>
    <message>
        <source>Say what each follow-up is for.</source>
        <translation>حدّد الغرض من كل متابعة.</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, dose 2 (1 month)</source>
        <translation>لقاح التهاب الكبد B، الجرعة 2 (بعد شهر)</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, dose 3 (2 months)</source>
        <translation>لقاح التهاب الكبد B، الجرعة 3 (بعد شهرين)</translation>
    </message>
    <message>
        <source>Hepatitis B vaccine, booster (12 months)</source>
        <translation>لقاح التهاب الكبد B، الجرعة المعززة (بعد 12 شهرًا)</translation>
    </message>
    <message>
        <source>PEP course complete: check adherence and side effects</source>
        <translation>اكتمال الوقاية بعد التعرض: تحقّق من الالتزام والآثار الجانبية</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>اسم المستخدم من 2 إلى 32 حرفًا: أحرف لاتينية صغيرة a-z وأرقام و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;، ويبدأ بحرف أو رقم.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n character(s) (a few unrelated words make a good one).</source>
        <translation>
            <numerusform>كلمة المرور قصيرة جدًا: استخدم %n حرف على الأقل (بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة).</numerusform>
            <numerusform>كلمة المرور قصيرة جدًا: استخدم حرف واحد على الأقل (بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة).</numerusform>
            <numerusform>كلمة المرور قصيرة جدًا: استخدم حرفان على الأقل (بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة).</numerusform>
            <numerusform>كلمة المرور قصيرة جدًا: استخدم %n أحرف على الأقل (بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة).</numerusform>
            <numerusform>كلمة المرور قصيرة جدًا: استخدم %n حرفًا على الأقل (بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة).</numerusform>
            <numerusform>كلمة المرور قصيرة جدًا: استخدم %n حرف على الأقل (بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long: use at most %n character(s).</source>
        <translation>
            <numerusform>كلمة المرور طويلة جدًا: استخدم %n حرف على الأكثر.</numerusform>
            <numerusform>كلمة المرور طويلة جدًا: استخدم حرف واحد على الأكثر.</numerusform>
            <numerusform>كلمة المرور طويلة جدًا: استخدم حرفان على الأكثر.</numerusform>
            <numerusform>كلمة المرور طويلة جدًا: استخدم %n أحرف على الأكثر.</numerusform>
            <numerusform>كلمة المرور طويلة جدًا: استخدم %n حرفًا على الأكثر.</numerusform>
            <numerusform>كلمة المرور طويلة جدًا: استخدم %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>The password is too weak. {hint} Try a longer phrase.</source>
        <translation>كلمة المرور ضعيفة جدًا. {hint} جرّب عبارة أطول.</translation>
    </message>
    <message>
        <source>The risk checklist {name} is not valid at {where}: {message}</source>
        <translation>قائمة تقييم الخطر {name} غير صالحة عند {where}: {message}</translation>
    </message>
    <message>
        <source>The risk checklist {name} asks a question id twice: {ids}.</source>
        <translation>قائمة تقييم الخطر {name} تكرر معرّف سؤال: {ids}.</translation>
    </message>
    <message numerus="yes">
        <source>The risk checklist {name} has thresholds that cannot work: medium ({medium}) must be below high ({high}), and high no more than the %n question(s).</source>
        <translation>
            <numerusform>قائمة تقييم الخطر {name} لها عتبات غير صالحة: يجب أن يكون المتوسط ({medium}) أقل من المرتفع ({high})، وألا يتجاوز المرتفع عدد الأسئلة (%n).</numerusform>
            <numerusform>قائمة تقييم الخطر {name} لها عتبات غير صالحة: يجب أن يكون المتوسط ({medium}) أقل من المرتفع ({high})، وألا يتجاوز المرتفع عدد الأسئلة (%n).</numerusform>
            <numerusform>قائمة تقييم الخطر {name} لها عتبات غير صالحة: يجب أن يكون المتوسط ({medium}) أقل من المرتفع ({high})، وألا يتجاوز المرتفع عدد الأسئلة (%n).</numerusform>
            <numerusform>قائمة تقييم الخطر {name} لها عتبات غير صالحة: يجب أن يكون المتوسط ({medium}) أقل من المرتفع ({high})، وألا يتجاوز المرتفع عدد الأسئلة (%n).</numerusform>
            <numerusform>قائمة تقييم الخطر {name} لها عتبات غير صالحة: يجب أن يكون المتوسط ({medium}) أقل من المرتفع ({high})، وألا يتجاوز المرتفع عدد الأسئلة (%n).</numerusform>
            <numerusform>قائمة تقييم الخطر {name} لها عتبات غير صالحة: يجب أن يكون المتوسط ({medium}) أقل من المرتفع ({high})، وألا يتجاوز المرتفع عدد الأسئلة (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The risk checklist {name} translates questions it does not ask ({language}): {ids}.</source>
        <translation>قائمة تقييم الخطر {name} تترجم أسئلة لا تطرحها ({language}): {ids}.</translation>
    </message>
    <message>
        <source>The risk checklist {name} cannot be read: {exc}</source>
        <translation>تعذّرت قراءة قائمة تقييم الخطر {name}: {exc}</translation>
    </message>
    <message>
        <source>The risk checklist {name} is not valid JSON (line {lineno}, column {colno}): {msg}.</source>
        <translation>قائمة تقييم الخطر {name} ليست JSON صالحًا (السطر {lineno}، العمود {colno}): {msg}.</translation>
    </message>
    <message>
        <source>The checklist does not ask: {ids}.</source>
        <translation>قائمة تقييم الخطر لا تتضمن: {ids}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer: give one to each (&quot;not known&quot; and &quot;declined&quot; are answers).</source>
        <translation>
            <numerusform>%n سؤال دون إجابة: أجب عن كل سؤال («غير معروف» و«رفضت الإجابة» إجابتان مقبولتان).</numerusform>
            <numerusform>سؤال واحد دون إجابة: أجب عن كل سؤال («غير معروف» و«رفضت الإجابة» إجابتان مقبولتان).</numerusform>
            <numerusform>سؤالان دون إجابة: أجب عن كل سؤال («غير معروف» و«رفضت الإجابة» إجابتان مقبولتان).</numerusform>
            <numerusform>%n أسئلة دون إجابة: أجب عن كل سؤال («غير معروف» و«رفضت الإجابة» إجابتان مقبولتان).</numerusform>
            <numerusform>%n سؤالًا دون إجابة: أجب عن كل سؤال («غير معروف» و«رفضت الإجابة» إجابتان مقبولتان).</numerusform>
            <numerusform>%n سؤال دون إجابة: أجب عن كل سؤال («غير معروف» و«رفضت الإجابة» إجابتان مقبولتان).</numerusform>
        </translation>
    </message>
    <message>
        <source>Professional judgement may raise the level, not lower it below {value} (the score&apos;s level).</source>
        <translation>يمكن للتقدير المهني رفع المستوى، لا خفضه دون {value} (مستوى الدرجة).</translation>
    </message>
    <message>
        <source>Say why your judgement raises the level.</source>
        <translation>اذكر لماذا يرفع تقديرك المستوى.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>A name cannot contain invisible direction marks (they can make it display as another name). Type it again without copying it from elsewhere.</source>
        <translation>لا يمكن أن يحتوي الاسم على علامات اتجاه غير مرئية (قد تجعله يظهر كاسم آخر). اكتبه مرة أخرى دون نسخه من مكان آخر.</translation>
    </message>
    <message>
        <source>A name cannot contain characters that are not valid text.</source>
        <translation>لا يمكن أن يحتوي الاسم على أحرف ليست نصًا صالحًا.</translation>
    </message>
    <message>
        <source>This text cannot contain invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere.</source>
        <translation>لا يمكن أن يحتوي هذا النص على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر.</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD (or DD/MM/YYYY).</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD (أو DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation>لا يوجد شهر {month}.</translation>
    </message>
    <message>
        <source>There is no {day} {month} {year}.</source>
        <translation>لا يوجد يوم {day} {month} {year}.</translation>
    </message>
    <message>
        <source>Type the time as 15:00 or 3:00 PM.</source>
        <translation>اكتب الوقت بالشكل 15:00 أو 3:00 PM.</translation>
    </message>
    <message>
        <source>With AM or PM, the hour is 1 to 12 (or type 15:00).</source>
        <translation>مع AM أو PM تكون الساعة من 1 إلى 12 (أو اكتب 15:00).</translation>
    </message>
    <message>
        <source>There is no {time} on a clock.</source>
        <translation>{time} ليس وقتًا صحيحًا.</translation>
    </message>
    <message>
        <source>Enter a name or the alias she chose (either is enough).</source>
        <translation>أدخل اسمًا أو الاسم المستعار الذي اختارته (أيّهما يكفي).</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>A name cannot contain line breaks or control characters.</source>
        <translation>لا يمكن أن يحتوي الاسم على فواصل أسطر أو محارف تحكم.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The date of birth is before {OLDEST_BIRTH_YEAR}.</source>
        <translation>تاريخ الميلاد قبل {OLDEST_BIRTH_YEAR}.</translation>
    </message>
    <message>
        <source>An age is between 0 and {MAX_AGE}.</source>
        <translation>العمر بين 0 و{MAX_AGE}.</translation>
    </message>
    <message>
        <source>Give the date of birth or an estimated age, not both.</source>
        <translation>أدخل تاريخ الميلاد أو عمرًا تقديريًا، لا كليهما.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, - or brackets only.</source>
        <translation>رقم الهاتف يتكون من أرقام ومسافات و+ و- وأقواس فقط.</translation>
    </message>
    <message>
        <source>Give the time of the incident, or mark it as not known.</source>
        <translation>أدخل وقت الحادثة، أو حدّده كغير معروف.</translation>
    </message>
    <message>
        <source>The end of the time range is before its start.</source>
        <translation>نهاية الفترة الزمنية قبل بدايتها.</translation>
    </message>
    <message>
        <source>The incident cannot be in the future.</source>
        <translation>لا يمكن أن تكون الحادثة في المستقبل.</translation>
    </message>
    <message>
        <source>The date of birth is after the incident.</source>
        <translation>تاريخ الميلاد بعد الحادثة.</translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n character(s) here.</source>
        <translation>
            <numerusform>اكتب %n حرفاً على الأكثر هنا.</numerusform>
            <numerusform>اكتب %n حرفاً على الأكثر هنا.</numerusform>
            <numerusform>اكتب %n حرفاً على الأكثر هنا.</numerusform>
            <numerusform>اكتب %n حرفاً على الأكثر هنا.</numerusform>
            <numerusform>اكتب %n حرفاً على الأكثر هنا.</numerusform>
            <numerusform>اكتب %n حرفاً على الأكثر هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>An injury number is the injury&apos;s number in the injuries table (1, 2 …).</source>
        <translation>رقم الإصابة هو رقمها في جدول الإصابات (1، 2 …).</translation>
    </message>
    <message>
        <source>This image is too large to open safely.</source>
        <translation>هذه الصورة أكبر من أن تُفتح بأمان.</translation>
    </message>
    <message>
        <source>This file is not a picture OneStop can read.</source>
        <translation>هذا الملف ليس صورة يستطيع OneStop قراءتها.</translation>
    </message>
    <message>
        <source>This file is not a picture OneStop can read, nor a PDF: its content is something else, whatever its name or type says.</source>
        <translation>هذا الملف ليس صورة يستطيع OneStop قراءتها ولا ملف PDF: محتواه شيء آخر، مهما قال اسمه أو نوعه.</translation>
    </message>
    <message>
        <source>Attach files to a section of her file.</source>
        <translation>أرفق الملفات بقسم من ملفها.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Files of up to 50 MB can be attached.</source>
        <translation>يمكن إرفاق ملفات حتى 50 ميغابايت.</translation>
    </message>
    <message>
        <source>Attach a photograph (JPEG, PNG…) or a PDF scan.</source>
        <translation>أرفق صورة فوتوغرافية (JPEG، PNG…) أو ملف PDF ممسوحًا.</translation>
    </message>
    <message>
        <source>The file name is at most 255 characters.</source>
        <translation>اسم الملف 255 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>She has not consented to photography (at the time the picture was taken). Record her decision in the consent ledger first; nothing was saved.</source>
        <translation>لم توافق على التصوير (وقت التقاط الصورة). سجّل قرارها في سجل الموافقات أولًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>A picture cannot be taken in the future.</source>
        <translation>لا يمكن التقاط صورة في المستقبل.</translation>
    </message>
    <message>
        <source>Someone else moved this attachment while you were editing it. Nothing was saved: open it again to see their changes, then make yours.</source>
        <translation>نقل شخص آخر هذا المرفق أثناء تحريرك له. لم يُحفظ شيء: افتحه مجددًا لترى تغييراته، ثم أجرِ تغييراتك.</translation>
    </message>
    <message>
        <source>She had not consented to photography at that time. Check the time the picture was taken and the consent ledger; nothing was saved.</source>
        <translation>لم تكن قد وافقت على التصوير في ذلك الوقت. تحقق من وقت التقاط الصورة ومن سجل الموافقات؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The attachment you chose is not in case {reference}: it may have been removed. Choose it again from the list.</source>
        <translation>المرفق الذي اخترته ليس في الحالة {reference}: ربما حُذف. اختره من القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>This attachment has no thumbnail.</source>
        <translation>لا توجد صورة مصغّرة لهذا المرفق.</translation>
    </message>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>There is already a OneStop vault in this folder.</source>
        <translation>توجد خزنة OneStop في هذا المجلد بالفعل.</translation>
    </message>
    <message>
        <source>Choose an empty folder (or a new one) for the vault.</source>
        <translation>اختر مجلدًا فارغًا (أو جديدًا) للخزنة.</translation>
    </message>
    <message>
        <source>There is no OneStop vault in {path}.</source>
        <translation>لا توجد خزنة OneStop في {path}.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now: the vault folder cannot be written to (the disk may be full, or the folder read-only), so a failed attempt could not be recorded. Free some space or ask IT to check the folder, then try again.</source>
        <translation>تسجيل الدخول غير ممكن الآن: لا يمكن الكتابة في مجلد الخزنة (قد يكون القرص ممتلئًا أو المجلد للقراءة فقط)، لذا لا يمكن تسجيل محاولة فاشلة. حرّر بعض المساحة أو اطلب من قسم تقنية المعلومات فحص المجلد، ثم حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر ثانية واحدة قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر ثانيتين قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثوانٍ قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. انتظر %n ثانية قبل المحاولة مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator if you need access again.</source>
        <translation>هذا الحساب معطّل. راجع مسؤول النظام إذا احتجت إلى الوصول مجددًا.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>لا يوجد مفتاح استرداد لهذه الخزنة.</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>مفتاح الاسترداد غير صحيح.</translation>
    </message>
    <message>
        <source>This account is not active in this vault. Ask the administrator.</source>
        <translation>هذا الحساب غير نشط في هذه الخزنة. راجع مسؤول النظام.</translation>
    </message>
    <message>
        <source>Break-glass is not available on the centre&apos;s server yet, so nothing was opened or recorded. Ask a colleague who works in that section.</source>
        <translation>الوصول الطارئ غير متاح بعد على خادم المركز، لذا لم يُفتح أو يُسجَّل شيء. اطلب المساعدة من زميل يعمل في ذلك القسم.</translation>
    </message>
    <message>
        <source>The vault&apos;s record of this access was removed or altered, with its reason; the audit trail still holds the access. Ask the admin to verify the vault.</source>
        <translation>حُذف سجل هذا الوصول في الخزنة أو عُدّل، مع سببه؛ ولا يزال سجل التدقيق يحتفظ بالوصول. اطلب من مسؤول النظام التحقق من الخزنة.</translation>
    </message>
    <message>
        <source>The vault marked this access reviewed, but no manager&apos;s review of it is in the audit trail. Ask the admin to verify the vault.</source>
        <translation>تشير الخزنة إلى أن هذا الوصول قد رُوجع، لكن لا توجد مراجعة له من أي مدير في سجل التدقيق. اطلب من مسؤول النظام التحقق من الخزنة.</translation>
    </message>
    <message>
        <source>No manager has signed in to receive break-glass reasons yet: your reason could not be kept for the review, so nothing was opened.</source>
        <translation>لم يسجّل أي مدير الدخول بعد لاستلام أسباب الوصول الطارئ: تعذّر حفظ سببك للمراجعة، لذلك لم يُفتح شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Write why you need this section (at least %n character(s)): the manager reviews every break-glass access.</source>
        <translation>
            <numerusform>اكتب لماذا تحتاج هذا القسم (%n حرف على الأقل): يراجع المدير كل وصول طارئ.</numerusform>
            <numerusform>اكتب لماذا تحتاج هذا القسم (حرف واحد على الأقل): يراجع المدير كل وصول طارئ.</numerusform>
            <numerusform>اكتب لماذا تحتاج هذا القسم (حرفان على الأقل): يراجع المدير كل وصول طارئ.</numerusform>
            <numerusform>اكتب لماذا تحتاج هذا القسم (%n أحرف على الأقل): يراجع المدير كل وصول طارئ.</numerusform>
            <numerusform>اكتب لماذا تحتاج هذا القسم (%n حرفًا على الأقل): يراجع المدير كل وصول طارئ.</numerusform>
            <numerusform>اكتب لماذا تحتاج هذا القسم (%n حرف على الأقل): يراجع المدير كل وصول طارئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what you found: it stays with the access.</source>
        <translation>اكتب ما وجدته: يبقى مرتبطًا بالوصول.</translation>
    </message>
    <message>
        <source>That break-glass access is not on record: choose one from the list again.</source>
        <translation>هذا الوصول الطارئ غير مسجّل: اختر واحدًا من القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>This access was already reviewed.</source>
        <translation>رُوجع هذا الوصول من قبل.</translation>
    </message>
    <message>
        <source>The number of children is between 0 and 30.</source>
        <translation>عدد الأطفال بين 0 و30.</translation>
    </message>
    <message>
        <source>Each language is a name of at most 60 characters.</source>
        <translation>كل لغة اسم من 60 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>&quot;{username}&quot; is not an active caseworker.</source>
        <translation>«{username}» ليس مدير حالة نشطًا.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>لا يمكن فتح حالة في المستقبل.</translation>
    </message>
    <message>
        <source>Say why the case is being closed.</source>
        <translation>اذكر سبب إغلاق الحالة.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>هذه الحالة مغلقة بالفعل.</translation>
    </message>
    <message>
        <source>This case is open; only a closed case can be reopened.</source>
        <translation>هذه الحالة مفتوحة؛ لا يُعاد فتح إلا حالة مغلقة.</translation>
    </message>
    <message>
        <source>A new meeting cannot be in the past.</source>
        <translation>لا يمكن أن يكون اجتماع جديد في الماضي.</translation>
    </message>
    <message>
        <source>An agency is named twice.</source>
        <translation>ذُكرت جهة مرتين.</translation>
    </message>
    <message>
        <source>An agency&apos;s name is at most 200 characters.</source>
        <translation>اسم الجهة 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>There is already a meeting that day.</source>
        <translation>يوجد اجتماع في ذلك اليوم بالفعل.</translation>
    </message>
    <message>
        <source>This meeting&apos;s minutes are closed.</source>
        <translation>محضر هذا الاجتماع مغلق.</translation>
    </message>
    <message numerus="yes">
        <source>A meeting&apos;s venue is at most %n character(s).</source>
        <translation>
            <numerusform>لا يتجاوز مكان الاجتماع %n حرف.</numerusform>
            <numerusform>لا يتجاوز مكان الاجتماع حرفًا واحدًا.</numerusform>
            <numerusform>لا يتجاوز مكان الاجتماع حرفين.</numerusform>
            <numerusform>لا يتجاوز مكان الاجتماع %n أحرف.</numerusform>
            <numerusform>لا يتجاوز مكان الاجتماع %n حرفًا.</numerusform>
            <numerusform>لا يتجاوز مكان الاجتماع %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the manager, who runs the meeting, or the case&apos;s own caseworker may see or record this case at a conference.</source>
        <translation>لا يمكن أن ترى هذه الحالة أو تسجّلها في مؤتمر إلا المديرة، التي تدير الاجتماع، أو مسؤولة الحالة نفسها.</translation>
    </message>
    <message>
        <source>Only the manager, who runs the meeting and sees every case on it, closes its minutes.</source>
        <translation>لا يغلق محضر الاجتماع إلا المديرة، التي تدير الاجتماع وترى كل الحالات المدرجة فيه.</translation>
    </message>
    <message>
        <source>That meeting is not on record: none was chosen, or it was removed. Choose a meeting on the Conferences screen first.</source>
        <translation>هذا الاجتماع غير مسجّل: لم يُختر أي اجتماع أو حُذف. اختر اجتماعًا أولًا في شاشة اجتماعات تنسيق الحالة.</translation>
    </message>
    <message>
        <source>Close the minutes of the meeting before this one first.</source>
        <translation>أغلق محضر الاجتماع السابق أولًا.</translation>
    </message>
    <message>
        <source>Action {i}: give the agency, the owner and what to do.</source>
        <translation>الإجراء {i}: حدّد الجهة والمسؤول وما يجب عمله.</translation>
    </message>
    <message>
        <source>An action cannot be due before the meeting that agrees it.</source>
        <translation>لا يمكن أن يحين موعد إجراء قبل الاجتماع الذي يقرّه.</translation>
    </message>
    <message>
        <source>That action is not one this meeting reviews: choose one from its list.</source>
        <translation>هذا الإجراء ليس من الإجراءات التي يراجعها هذا الاجتماع: اختر واحدًا من قائمته.</translation>
    </message>
    <message>
        <source>That action is not on record: it may have been removed. Choose it again from the list.</source>
        <translation>هذا الإجراء غير مسجّل: ربما حُذف. اختره من القائمة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) carried from the last meeting have no outcome yet: say for each whether it was done, not done or is no longer possible.</source>
        <translation>
            <numerusform>%n إجراء منقول من الاجتماع السابق بلا نتيجة بعد: اذكر لكلٍّ منها هل نُفّذ أم لم يُنفّذ أم لم يعد ممكنًا.</numerusform>
            <numerusform>إجراء واحد منقول من الاجتماع السابق بلا نتيجة بعد: اذكر لكلٍّ منها هل نُفّذ أم لم يُنفّذ أم لم يعد ممكنًا.</numerusform>
            <numerusform>إجراءان منقولان من الاجتماع السابق بلا نتيجة بعد: اذكر لكلٍّ منها هل نُفّذ أم لم يُنفّذ أم لم يعد ممكنًا.</numerusform>
            <numerusform>%n إجراءات منقولة من الاجتماع السابق بلا نتيجة بعد: اذكر لكلٍّ منها هل نُفّذ أم لم يُنفّذ أم لم يعد ممكنًا.</numerusform>
            <numerusform>%n إجراءً منقولًا من الاجتماع السابق بلا نتيجة بعد: اذكر لكلٍّ منها هل نُفّذ أم لم يُنفّذ أم لم يعد ممكنًا.</numerusform>
            <numerusform>%n إجراء منقول من الاجتماع السابق بلا نتيجة بعد: اذكر لكلٍّ منها هل نُفّذ أم لم يُنفّذ أم لم يعد ممكنًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>record of who was at the meeting</source>
        <translation>سجل الحاضرين في الاجتماع</translation>
    </message>
    <message>
        <source>discussion of the case</source>
        <translation>مناقشة الحالة</translation>
    </message>
    <message>
        <source>The referral date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الإحالة في المستقبل.</translation>
    </message>
    <message>
        <source>{reference} is not waiting for a conference.</source>
        <translation>{reference} لا تنتظر اجتماع تنسيق الحالة.</translation>
    </message>
    <message>
        <source>Say why the action was not done.</source>
        <translation>اذكر لماذا لم يُنجز الإجراء.</translation>
    </message>
    <message>
        <source>Say why the action is no longer possible.</source>
        <translation>اذكر لماذا لم يعد الإجراء ممكنًا.</translation>
    </message>
    <message numerus="yes">
        <source>One person a line, at most %n character(s) each.</source>
        <translation>
            <numerusform>شخص واحد في كل سطر، %n حرف على الأكثر لكل منهم.</numerusform>
            <numerusform>شخص واحد في كل سطر، حرف واحد على الأكثر لكل منهم.</numerusform>
            <numerusform>شخص واحد في كل سطر، حرفان على الأكثر لكل منهم.</numerusform>
            <numerusform>شخص واحد في كل سطر، %n أحرف على الأكثر لكل منهم.</numerusform>
            <numerusform>شخص واحد في كل سطر، %n حرفًا على الأكثر لكل منهم.</numerusform>
            <numerusform>شخص واحد في كل سطر، %n حرف على الأكثر لكل منهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this action; open it again.</source>
        <translation>غيّر شخص آخر هذا الإجراء؛ افتحه مجددًا.</translation>
    </message>
    <message>
        <source>Say why the case should go to the conference.</source>
        <translation>اذكر لماذا يجب عرض الحالة على اجتماع التنسيق.</translation>
    </message>
    <message>
        <source>No consent has been recorded for this purpose.</source>
        <translation>لم تُسجَّل أي موافقة لهذا الغرض.</translation>
    </message>
    <message>
        <source>Consent given on {when}.</source>
        <translation>أُعطيت الموافقة في {when}.</translation>
    </message>
    <message>
        <source>Consent refused on {when}.</source>
        <translation>رُفضت الموافقة في {when}.</translation>
    </message>
    <message>
        <source>Consent withdrawn on {when}.</source>
        <translation>سُحبت الموافقة في {when}.</translation>
    </message>
    <message>
        <source>Name the agency this consent is for.</source>
        <translation>سمِّ الجهة التي تخصها هذه الموافقة.</translation>
    </message>
    <message>
        <source>An agency is named only for sharing with an agency.</source>
        <translation>لا تُسمّى جهة إلا للمشاركة مع جهة.</translation>
    </message>
    <message>
        <source>Name the guardian who decided.</source>
        <translation>سمِّ الوصي الذي قرر.</translation>
    </message>
    <message>
        <source>A decision cannot be recorded ahead of time.</source>
        <translation>لا يمكن تسجيل قرار مسبقًا.</translation>
    </message>
    <message>
        <source>A decision older than 30 days cannot be entered now.</source>
        <translation>لا يمكن إدخال قرار مضى عليه أكثر من 30 يومًا.</translation>
    </message>
    <message>
        <source>Name the agency the information would go to.</source>
        <translation>سمِّ الجهة التي ستذهب إليها المعلومات.</translation>
    </message>
    <message>
        <source>Seed between 1 and 1,000,000 survivors.</source>
        <translation>أنشئ بين 1 و1,000,000 ناجية.</translation>
    </message>
    <message>
        <source>This vault already holds cases; demo data goes only into a new, empty vault.</source>
        <translation>تحتوي هذه الخزنة على حالات بالفعل؛ بيانات العرض تُضاف فقط إلى خزنة جديدة فارغة.</translation>
    </message>
    <message>
        <source>Demo walk-ins go only into a demo vault; this one holds files opened by staff.</source>
        <translation>لا تُضاف حالات الوصول التجريبية إلا إلى خزنة تجريبية؛ هذه الخزنة تحتوي على ملفات فتحها الموظفون.</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name.</source>
        <translation>أدخل اسم الجهة.</translation>
    </message>
    <message>
        <source>The name is one line.</source>
        <translation>الاسم سطر واحد.</translation>
    </message>
    <message>
        <source>An agency of that name is already listed.</source>
        <translation>توجد جهة بهذا الاسم في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>That agency is not in the directory: it may have been removed. Choose one from the list.</source>
        <translation>هذه الجهة ليست في الدليل: ربما حُذفت. اختر جهة من القائمة.</translation>
    </message>
    <message>
        <source>Someone else changed this agency; open it again.</source>
        <translation>غيّر شخص آخر هذه الجهة؛ افتحها مجددًا.</translation>
    </message>
    <message>
        <source>The file needs a header row with at least &apos;name&apos; and &apos;sector&apos;.</source>
        <translation>يحتاج الملف إلى صف عناوين يتضمن &apos;name&apos; و&apos;sector&apos; على الأقل.</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>السطر {line}: {message}</translation>
    </message>
    <message>
        <source>The file lists an agency twice.</source>
        <translation>يذكر الملف جهة مرتين.</translation>
    </message>
    <message>
        <source>Save the document as a .pdf file.</source>
        <translation>احفظ المستند كملف ‎.pdf.</translation>
    </message>
    <message>
        <source>Give the months as YYYY-MM.</source>
        <translation>أدخل الأشهر بالصيغة YYYY-MM.</translation>
    </message>
    <message>
        <source>The Incident Recorder is sent for months that have ended: choose {month} or an earlier month.</source>
        <translation>يُرسل سجل الحوادث عن الأشهر المنتهية فقط: اختر {month} أو شهرًا قبله.</translation>
    </message>
    <message>
        <source>Save it as a {suffix} file.</source>
        <translation>احفظه كملف {suffix}.</translation>
    </message>
    <message>
        <source>Only a manager, as the centre&apos;s data focal point, may export the Incident Recorder: its rows are incident by incident.</source>
        <translation>لا يصدّر سجل الحوادث إلا المدير، بصفته نقطة الاتصال المعنية بالبيانات في المركز: فصفوفه حادثة بحادثة.</translation>
    </message>
    <message>
        <source>Save the DHIS2 data value set as a .json file.</source>
        <translation>احفظي مجموعة قيم DHIS2 كملف ‎.json.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>هذا المجلد غير موجود.</translation>
    </message>
    <message>
        <source>A file of that name is already there; choose another name.</source>
        <translation>يوجد ملف بهذا الاسم بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file cannot be read.</source>
        <translation>لا يمكن قراءة ملف مطابقة DHIS2.</translation>
    </message>
    <message numerus="yes">
        <source>A password has at least %n character(s).</source>
        <translation>
            <numerusform>تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
            <numerusform>تتكون كلمة المرور من حرف واحد على الأقل.</numerusform>
            <numerusform>تتكون كلمة المرور من حرفين على الأقل.</numerusform>
            <numerusform>تتكون كلمة المرور من %n أحرف على الأقل.</numerusform>
            <numerusform>تتكون كلمة المرور من %n حرفًا على الأقل.</numerusform>
            <numerusform>تتكون كلمة المرور من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name contains her name. Files carry the case reference and the document type only, e.g. {example}.</source>
        <translation>اسم الملف يحتوي على اسمها. تحمل الملفات مرجع الحالة ونوع المستند فقط، مثل {example}.</translation>
    </message>
    <message numerus="yes">
        <source>A document password has at least %n character(s).</source>
        <translation>
            <numerusform>تتكون كلمة مرور المستند من %n حرف على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من حرف واحد على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من حرفان على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من %n أحرف على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من %n حرفًا على الأقل.</numerusform>
            <numerusform>تتكون كلمة مرور المستند من %n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why this must be shared without her consent (at least %n character(s)).</source>
        <translation>
            <numerusform>اشرح لماذا يجب مشاركة هذا دون موافقتها (%n حرف على الأقل).</numerusform>
            <numerusform>اشرح لماذا يجب مشاركة هذا دون موافقتها (حرف واحد على الأقل).</numerusform>
            <numerusform>اشرح لماذا يجب مشاركة هذا دون موافقتها (حرفان على الأقل).</numerusform>
            <numerusform>اشرح لماذا يجب مشاركة هذا دون موافقتها (%n أحرف على الأقل).</numerusform>
            <numerusform>اشرح لماذا يجب مشاركة هذا دون موافقتها (%n حرفًا على الأقل).</numerusform>
            <numerusform>اشرح لماذا يجب مشاركة هذا دون موافقتها (%n حرف على الأقل).</numerusform>
        </translation>
    </message>
    <message>
        <source>{missing} Record {whose} in the consent ledger first, or ask a manager to authorise sharing without consent, with a written reason. No file was written.</source>
        <translation>{missing} سجّل {whose} في سجل الموافقات أولًا، أو اطلب من المدير الإذن بالمشاركة دون موافقة مع سبب مكتوب. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>A folder on the way to the file is named after her: anyone who lists the disk reads her name. Choose a folder named for no one.</source>
        <translation>أحد المجلدات في مسار الملف يحمل اسمها: كل من يستعرض القرص يقرأ اسمها. اختر مجلدًا لا يحمل اسم أحد.</translation>
    </message>
    <message>
        <source>Documents are written in English, French, Spanish or Arabic.</source>
        <translation>تُكتب الوثائق بالإنجليزية أو الفرنسية أو الإسبانية أو العربية.</translation>
    </message>
    <message>
        <source>her decision</source>
        <translation>قرارها</translation>
    </message>
    <message>
        <source>Only a manager may authorise sharing without the survivor&apos;s consent. No file was written.</source>
        <translation>لا يأذن بالمشاركة دون موافقة الناجية إلا المدير. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>No referral of case {reference} was chosen, or it was removed. Choose a referral first.</source>
        <translation>لم تُختر أي إحالة من الحالة {reference}، أو حُذفت. اختر إحالة أولًا.</translation>
    </message>
    <message>
        <source>The letter needs the reason for the referral: write it in the referral first. No file was written.</source>
        <translation>تحتاج الرسالة إلى سبب الإحالة: اكتبه في الإحالة أولاً. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>She has not consented to sharing her information with this agency. {why}</source>
        <translation>لم توافق على مشاركة معلوماتها مع هذه الجهة. {why}</translation>
    </message>
    <message>
        <source>She has not consented to {purpose}. {why}</source>
        <translation>لم توافق على {purpose}. {why}</translation>
    </message>
    <message>
        <source>A medico-legal report goes to the police or to court.</source>
        <translation>التقرير الطبي الشرعي موجّه إلى الشرطة أو المحكمة.</translation>
    </message>
    <message>
        <source>There is no examination to report for this incident.</source>
        <translation>لا يوجد فحص لإعداد تقرير عنه لهذه الحادثة.</translation>
    </message>
    <message>
        <source>The examination you chose is not in case {reference}: choose one of its examinations first.</source>
        <translation>الفحص الذي اخترته ليس في الحالة {reference}: اختر أولًا أحد فحوصها.</translation>
    </message>
    <message>
        <source>The examination you chose is not of the incident you chose.</source>
        <translation>الفحص الذي اخترته لا يخص الحادثة التي اخترتها.</translation>
    </message>
    <message>
        <source>The incident you chose is not in case {reference}: choose one of its incidents first.</source>
        <translation>الحادثة التي اخترتها ليست في الحالة {reference}: اختر أولًا إحدى حوادثها.</translation>
    </message>
    <message>
        <source>Choose at least one section for the bundle.</source>
        <translation>اختر قسمًا واحدًا على الأقل لحافظة المستندات.</translation>
    </message>
    <message>
        <source>Counselling notes are a bundle of their own, paginated on its own: export them alone, and the other parts as the court bundle.</source>
        <translation>ملاحظات الإرشاد النفسي حافظة المستندات قائمة بذاتها، مرقمة وحدها: صدّرها وحدها، وصدّر الأجزاء الأخرى كحافظة المستندات للمحكمة.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle has %n page(s): more than the 350 a court accepts under Practice Direction 27A unless it directs otherwise. Leave out parts, or print the medical encounters as a summary table, or export it anyway. Nothing was written.</source>
        <translation>
            <numerusform>عدد صفحات حافظة المستندات %n: أكثر من 350 صفحة تقبلها المحكمة وفق التوجيه الإجرائي 27A ما لم تقرر خلاف ذلك. احذف بعض الأجزاء، أو اطبع الزيارات الطبية في جدول موجز، أو صدّرها على أي حال. لم يُكتب شيء.</numerusform>
            <numerusform>عدد صفحات حافظة المستندات %n: أكثر من 350 صفحة تقبلها المحكمة وفق التوجيه الإجرائي 27A ما لم تقرر خلاف ذلك. احذف بعض الأجزاء، أو اطبع الزيارات الطبية في جدول موجز، أو صدّرها على أي حال. لم يُكتب شيء.</numerusform>
            <numerusform>عدد صفحات حافظة المستندات %n: أكثر من 350 صفحة تقبلها المحكمة وفق التوجيه الإجرائي 27A ما لم تقرر خلاف ذلك. احذف بعض الأجزاء، أو اطبع الزيارات الطبية في جدول موجز، أو صدّرها على أي حال. لم يُكتب شيء.</numerusform>
            <numerusform>عدد صفحات حافظة المستندات %n: أكثر من 350 صفحة تقبلها المحكمة وفق التوجيه الإجرائي 27A ما لم تقرر خلاف ذلك. احذف بعض الأجزاء، أو اطبع الزيارات الطبية في جدول موجز، أو صدّرها على أي حال. لم يُكتب شيء.</numerusform>
            <numerusform>عدد صفحات حافظة المستندات %n: أكثر من 350 صفحة تقبلها المحكمة وفق التوجيه الإجرائي 27A ما لم تقرر خلاف ذلك. احذف بعض الأجزاء، أو اطبع الزيارات الطبية في جدول موجز، أو صدّرها على أي حال. لم يُكتب شيء.</numerusform>
            <numerusform>عدد صفحات حافظة المستندات %n: أكثر من 350 صفحة تقبلها المحكمة وفق التوجيه الإجرائي 27A ما لم تقرر خلاف ذلك. احذف بعض الأجزاء، أو اطبع الزيارات الطبية في جدول موجز، أو صدّرها على أي حال. لم يُكتب شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counselling notes go to court only with her own consent to disclose them to a court; her consent to use her records in court does not cover them. {why} Nothing was written.</source>
        <translation>لا تذهب ملاحظات الإرشاد النفسي إلى المحكمة إلا بموافقتها الخاصة على كشفها لمحكمة؛ فموافقتها على استخدام سجلاتها في المحكمة لا تشملها. {why} لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Write why the counselling notes are relevant to these proceedings (at least %n character(s)): it is printed at the head of their section.</source>
        <translation>
            <numerusform>اكتبي لماذا ملاحظات الإرشاد النفسي ذات صلة بهذه الإجراءات (%n حرف على الأقل): يُطبع ذلك في بداية قسمها.</numerusform>
            <numerusform>اكتبي لماذا ملاحظات الإرشاد النفسي ذات صلة بهذه الإجراءات (حرف واحد على الأقل): يُطبع ذلك في بداية قسمها.</numerusform>
            <numerusform>اكتبي لماذا ملاحظات الإرشاد النفسي ذات صلة بهذه الإجراءات (حرفان على الأقل): يُطبع ذلك في بداية قسمها.</numerusform>
            <numerusform>اكتبي لماذا ملاحظات الإرشاد النفسي ذات صلة بهذه الإجراءات (%n أحرف على الأقل): يُطبع ذلك في بداية قسمها.</numerusform>
            <numerusform>اكتبي لماذا ملاحظات الإرشاد النفسي ذات صلة بهذه الإجراءات (%n حرفًا على الأقل): يُطبع ذلك في بداية قسمها.</numerusform>
            <numerusform>اكتبي لماذا ملاحظات الإرشاد النفسي ذات صلة بهذه الإجراءات (%n حرف على الأقل): يُطبع ذلك في بداية قسمها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the court and the case number for the cover: the counselling notes are a bundle of their own, and the court must be able to match it to its case. Nothing was written.</source>
        <translation>اكتب المحكمة ورقم القضية للغلاف: ملاحظات الإرشاد النفسي حافظة المستندات قائمة بذاتها، ويجب أن تتمكن المحكمة من ربطها بقضيتها. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Statement {n} is not a PDF OneStop can read.</source>
        <translation>الإفادة {n} ليست ملف PDF يستطيع OneStop قراءته.</translation>
    </message>
    <message>
        <source>the court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>the hearing date and time</source>
        <translation>تاريخ الجلسة ووقتها</translation>
    </message>
    <message numerus="yes">
        <source>Decide case by case: for {cases}, choose why it is shared without her consent and say what makes it so (at least %n character(s)). No file was written.</source>
        <translation>
            <numerusform>قرّر حالةً بحالة: لـ {cases}، اختر سبب المشاركة دون موافقتها وبيّن ما يبرره (%n حرف على الأقل). لم يُكتب أي ملف.</numerusform>
            <numerusform>قرّر حالةً بحالة: لـ {cases}، اختر سبب المشاركة دون موافقتها وبيّن ما يبرره (حرف واحد على الأقل). لم يُكتب أي ملف.</numerusform>
            <numerusform>قرّر حالةً بحالة: لـ {cases}، اختر سبب المشاركة دون موافقتها وبيّن ما يبرره (حرفان على الأقل). لم يُكتب أي ملف.</numerusform>
            <numerusform>قرّر حالةً بحالة: لـ {cases}، اختر سبب المشاركة دون موافقتها وبيّن ما يبرره (%n أحرف على الأقل). لم يُكتب أي ملف.</numerusform>
            <numerusform>قرّر حالةً بحالة: لـ {cases}، اختر سبب المشاركة دون موافقتها وبيّن ما يبرره (%n حرفًا على الأقل). لم يُكتب أي ملف.</numerusform>
            <numerusform>قرّر حالةً بحالة: لـ {cases}، اختر سبب المشاركة دون موافقتها وبيّن ما يبرره (%n حرف على الأقل). لم يُكتب أي ملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What is typed for %n case(s) ({cases}) contains invisible direction marks (they can make it display as something else). Type it again without copying it from elsewhere. No file was written.</source>
        <translation>
            <numerusform>ما كُتب لـ %n حالة ({cases}) يحتوي على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر. لم يُكتب أي ملف.</numerusform>
            <numerusform>ما كُتب لحالة واحدة ({cases}) يحتوي على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر. لم يُكتب أي ملف.</numerusform>
            <numerusform>ما كُتب لحالتين ({cases}) يحتوي على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر. لم يُكتب أي ملف.</numerusform>
            <numerusform>ما كُتب لـ %n حالات ({cases}) يحتوي على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر. لم يُكتب أي ملف.</numerusform>
            <numerusform>ما كُتب لـ %n حالةً ({cases}) يحتوي على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر. لم يُكتب أي ملف.</numerusform>
            <numerusform>ما كُتب لـ %n حالة ({cases}) يحتوي على علامات اتجاه غير مرئية (قد تجعله يظهر كشيء آخر). اكتبيه مرة أخرى دون نسخه من مكان آخر. لم يُكتب أي ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether she has been told is said for each case shared without her consent, not once for all. No file was written.</source>
        <translation>يُذكر إبلاغها من عدمه لكل حالة تُشارك دون موافقتها، لا مرة واحدة للجميع. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Say for each case shared without her consent whether she has been told of it: {cases}. No file was written.</source>
        <translation>حدّد لكل حالة تُشارك دون موافقتها ما إذا كانت قد أُبلغت بذلك: {cases}. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>For {case}: {problem} No file was written.</source>
        <translation>بالنسبة إلى {case}: {problem} لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Name the agencies attending this meeting first: the pack is checked against each survivor&apos;s consent to share with them.</source>
        <translation>سمِّ الجهات الحاضرة في هذا الاجتماع أولًا: يُطابَق الملف مع موافقة كل ناجية على المشاركة معها.</translation>
    </message>
    <message>
        <source>No case is on the agenda of this meeting: there is no pack.</source>
        <translation>لا توجد حالة على جدول أعمال هذا الاجتماع: لا يوجد ملف.</translation>
    </message>
    <message>
        <source>No case of yours is on the agenda of this meeting: the manager, who runs the meeting, prints its whole pack.</source>
        <translation>لا توجد أي حالة من حالاتك في جدول أعمال هذا الاجتماع: المديرة، التي تدير الاجتماع، تطبع الملف كاملًا.</translation>
    </message>
    <message>
        <source>Not every survivor consented to sharing with the agencies: {cases}.</source>
        <translation>لم توافق كل الناجيات على المشاركة مع الجهات: {cases}.</translation>
    </message>
    <message>
        <source>each one&apos;s decision</source>
        <translation>قرار كل واحدة</translation>
    </message>
    <message>
        <source>This case has no safety plan yet: write it on the Risk and safety tab first.</source>
        <translation>لا توجد خطة سلامة لهذه الحالة بعد: اكتبها أولًا في تبويب الخطر والسلامة.</translation>
    </message>
    <message>
        <source>A file named {name} is already there; choose another name.</source>
        <translation>يوجد ملف باسم {name} بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>No meeting is planned: plan the next one on the Conferences screen.</source>
        <translation>لا يوجد اجتماع مخطط له: خطط للاجتماع التالي في شاشة اجتماعات تنسيق الحالة.</translation>
    </message>
    <message>
        <source>sharing this information with the police</source>
        <translation>مشاركة هذه المعلومات مع الشرطة</translation>
    </message>
    <message>
        <source>the use of this information in court</source>
        <translation>استخدام هذه المعلومات في المحكمة</translation>
    </message>
    <message>
        <source>sharing this information with the agency</source>
        <translation>مشاركة هذه المعلومات مع الجهة</translation>
    </message>
    <message>
        <source>Choose an incident of this case.</source>
        <translation>اختر حادثة من هذه الحالة.</translation>
    </message>
    <message>
        <source>Choose the examiner from the centre&apos;s clinical staff.</source>
        <translation>اختر الفاحص من الطاقم السريري للمركز.</translation>
    </message>
    <message>
        <source>Name the examiner: choose the examiner from the centre&apos;s staff, or type the name of an examiner who is not on its staff.</source>
        <translation>حدِّد القائم بالفحص: اختره من موظفي المركز، أو اكتب اسم قائم بالفحص ليس من موظفيه.</translation>
    </message>
    <message>
        <source>{name} is on the centre&apos;s staff: choose {name} from the staff as the examiner instead of typing the name.</source>
        <translation>{name} من موظفي المركز: اختر {name} من قائمة الموظفين قائماً بالفحص بدلاً من كتابة الاسم.</translation>
    </message>
    <message>
        <source>The forensic examination you chose is not in case {reference}: choose one of its examinations first.</source>
        <translation>الفحص الطبي الشرعي الذي اخترته ليس في الحالة {reference}: اختر أولًا أحد فحوصها.</translation>
    </message>
    <message>
        <source>Every specimen needs its seal number.</source>
        <translation>تحتاج كل عينة إلى رقم ختمها.</translation>
    </message>
    <message>
        <source>This seal number is already recorded.</source>
        <translation>رقم الختم هذا مسجّل بالفعل.</translation>
    </message>
    <message>
        <source>Name who collected the specimen.</source>
        <translation>سمِّ من جمع العينة.</translation>
    </message>
    <message>
        <source>A specimen cannot be collected in the future.</source>
        <translation>لا يمكن جمع عينة في المستقبل.</translation>
    </message>
    <message>
        <source>A specimen cannot be collected before the examination.</source>
        <translation>لا يمكن جمع عينة قبل الفحص.</translation>
    </message>
    <message>
        <source>This change would break the recorded chain of custody at hand-over {n}: {reason}</source>
        <translation>هذا التغيير سيكسر سلسلة العهدة المسجلة عند التسليم {n}: {reason}</translation>
    </message>
    <message>
        <source>No consent to forensic evidence collection was in force when this specimen was collected. Record her decision in the consent ledger first; nothing was saved.</source>
        <translation>لم تكن هناك موافقة سارية على جمع الأدلة الجنائية عند جمع هذه العينة. سجّل قرارها في سجل الموافقات أولًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The specimen you chose is not in case {reference}: choose one of its specimens first.</source>
        <translation>العيّنة التي اخترتها ليست في الحالة {reference}: اختر أولًا إحدى عيّناتها.</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>الإصابة</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>{label} {n}, {column}: {message}</source>
        <translation>{label} {n}، {column}: {message}</translation>
    </message>
    <message>
        <source>The health encounter you chose is not in case {reference}: choose one of its encounters first.</source>
        <translation>الزيارة الصحية التي اخترتها ليست في الحالة {reference}: اختر أولًا إحدى زياراتها.</translation>
    </message>
    <message>
        <source>This encounter is marked as entered in error: clear the mark before correcting it.</source>
        <translation>على هذه الزيارة علامة «أُدخل خطأً»: أزل العلامة قبل تصحيحها.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the encounter.</source>
        <translation>اذكر السبب: يُحفظ السبب مع المراجعة الصحية.</translation>
    </message>
    <message>
        <source>This encounter is already marked so.</source>
        <translation>هذه المراجعة الصحية معلَّمة كذلك بالفعل.</translation>
    </message>
    <message>
        <source>This encounter is not marked as entered in error.</source>
        <translation>هذه المراجعة الصحية غير معلَّمة بأنها أُدخلت خطأً.</translation>
    </message>
    <message>
        <source>Give the end of the time range, after its start.</source>
        <translation>أدخل نهاية الفترة الزمنية، بعد بدايتها.</translation>
    </message>
    <message>
        <source>The number of perpetrators is between 1 and 50.</source>
        <translation>عدد المعتدين بين 1 و50.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the incident.</source>
        <translation>اذكر السبب: يُحفظ السبب مع الحادثة.</translation>
    </message>
    <message>
        <source>This incident is already marked so.</source>
        <translation>هذه الحادثة معلَّمة كذلك بالفعل.</translation>
    </message>
    <message>
        <source>This incident is not marked as entered in error.</source>
        <translation>هذه الحادثة غير معلَّمة بأنها أُدخلت خطأً.</translation>
    </message>
    <message>
        <source>Name the court.</source>
        <translation>سمِّ المحكمة.</translation>
    </message>
    <message>
        <source>Say what the hearing is for.</source>
        <translation>اذكر الغرض من الجلسة.</translation>
    </message>
    <message>
        <source>A hearing that has not happened yet has no outcome.</source>
        <translation>الجلسة التي لم تُعقد بعد ليس لها نتيجة.</translation>
    </message>
    <message>
        <source>Say what kind of order it is.</source>
        <translation>اذكر نوع الأمر.</translation>
    </message>
    <message>
        <source>An order cannot be issued in the future.</source>
        <translation>لا يمكن إصدار أمر في المستقبل.</translation>
    </message>
    <message>
        <source>An order cannot expire before it was issued.</source>
        <translation>لا يمكن أن ينتهي أمر قبل إصداره.</translation>
    </message>
    <message>
        <source>This order has expired; it cannot be entered as active.</source>
        <translation>انتهى هذا الأمر؛ لا يمكن إدخاله كأمر سارٍ.</translation>
    </message>
    <message>
        <source>Only an account that is an active administrator in the backup may restore it (the restored vault would not let you in otherwise).</source>
        <translation>لا يمكن استعادة النسخة الاحتياطية إلا بحساب مسؤول نشط فيها (وإلا فلن تسمح لك الخزنة المستعادة بالدخول).</translation>
    </message>
    <message>
        <source>On the centre&apos;s server, backups are made and restored with the command line (onestop-cli admin backup or admin restore with --server), not from a workstation. Nothing was changed.</source>
        <translation>على خادم المركز، تُنشأ النسخ الاحتياطية وتُستعاد من سطر الأوامر (onestop-cli admin backup أو admin restore مع --server)، لا من محطة عمل. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>A file with that name already exists; choose another.</source>
        <translation>يوجد ملف بهذا الاسم بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Say in a few words (at most 200 characters) why the finding is acknowledged.</source>
        <translation>اذكر في بضع كلمات (200 حرف على الأكثر) سبب الإقرار بهذه النتيجة.</translation>
    </message>
    <message>
        <source>Audit entry {seq} is not a tamper finding.</source>
        <translation>إدخال التدقيق {seq} ليس نتيجة عبث.</translation>
    </message>
    <message>
        <source>Choose your own password first.</source>
        <translation>اختر كلمة مرورك أولًا.</translation>
    </message>
    <message>
        <source>This backup belongs to another vault; it cannot be restored into this one.</source>
        <translation>هذه النسخة الاحتياطية تخص خزنة أخرى؛ لا يمكن استعادتها في هذه الخزنة.</translation>
    </message>
    <message>
        <source>This backup was made under an earlier vault key and your password of that time does not open it. Restore it with the account that made it.</source>
        <translation>أُنشئت هذه النسخة بمفتاح خزنة سابق ولا تفتحها كلمة مرورك في ذلك الوقت. استعدها بالحساب الذي أنشأها.</translation>
    </message>
    <message>
        <source>Give a name (or what she calls him, such as &apos;the landlord&apos;).</source>
        <translation>أدخل اسمًا (أو ما تسمّيه به، مثل «المالك»).</translation>
    </message>
    <message>
        <source>Give his date of birth or his age group, not both: with a date of birth his age group is worked out at each incident.</source>
        <translation>أدخل تاريخ ميلاده أو فئته العمرية، لا كليهما: مع تاريخ الميلاد تُحسب فئته العمرية عند كل حادثة.</translation>
    </message>
    <message>
        <source>That perpetrator is not on record: choose him again from the list.</source>
        <translation>هذا المعتدي غير مسجّل: اختره من القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>The perpetrator you chose is not linked to case {reference}: choose him again from the list.</source>
        <translation>المعتدي الذي اخترته غير مرتبط بالحالة {reference}: اختره من القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>He is already linked to this incident.</source>
        <translation>هو مرتبط بهذه الحادثة بالفعل.</translation>
    </message>
    <message>
        <source>There is no case &quot;{reference}&quot;.</source>
        <translation>لا توجد حالة «{reference}».</translation>
    </message>
    <message>
        <source>Someone else saved this {what} while you were editing it. Nothing was saved: open it again to see their changes, then make yours.</source>
        <translation>حفظ شخص آخر هذا السجل ({what}) أثناء تحريرك له. لم يُحفظ شيء: افتحه مجددًا لترى تغييراته، ثم أجرِ تغييراتك.</translation>
    </message>
    <message>
        <source>No {label} of case {reference} was chosen, or it was removed. Choose it again from the list.</source>
        <translation>لم يُختر أي سجل «{label}» من الحالة {reference}، أو حُذف. اختره من القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>Name the agency.</source>
        <translation>سمِّ الجهة.</translation>
    </message>
    <message>
        <source>Say which service she is referred for.</source>
        <translation>اذكر الخدمة التي تُحال إليها.</translation>
    </message>
    <message>
        <source>That agency is not in the directory (or no longer active).</source>
        <translation>هذه الجهة ليست في الدليل (أو لم تعد نشطة).</translation>
    </message>
    <message>
        <source>The directory calls this agency &quot;{name}&quot;.</source>
        <translation>يسمّي الدليل هذه الجهة «{name}».</translation>
    </message>
    <message>
        <source>A contact and a reference come with the agency&apos;s answer.</source>
        <translation>تأتي جهة الاتصال والمرجع مع رد الجهة.</translation>
    </message>
    <message>
        <source>This cannot be recorded before it has happened.</source>
        <translation>لا يمكن تسجيل هذا قبل حدوثه.</translation>
    </message>
    <message>
        <source>This referral&apos;s status is {status}; it cannot change any more.</source>
        <translation>وضع هذه الإحالة {status}؛ ولم يعد بالإمكان تغييرها.</translation>
    </message>
    <message>
        <source>This referral&apos;s status is {status}; it can now become: {allowed}.</source>
        <translation>وضع هذه الإحالة {status}؛ ويمكن أن تصبح الآن: {allowed}.</translation>
    </message>
    <message>
        <source>This is before the case was opened.</source>
        <translation>هذا قبل فتح الحالة.</translation>
    </message>
    <message>
        <source>Give the reason for the referral: the agency&apos;s letter states it.</source>
        <translation>اذكر سبب الإحالة: تنص عليه رسالة الجهة.</translation>
    </message>
    <message>
        <source>She has not consented to sharing her information with {agency}. Record her decision in the consent ledger first; the referral was not sent.</source>
        <translation>لم توافق على مشاركة معلوماتها مع {agency}. سجّل قرارها في سجل الموافقات أولًا؛ لم تُرسل الإحالة.</translation>
    </message>
    <message>
        <source>Only a manager may purge a case.</source>
        <translation>لا يحذف الحالة نهائيًا إلا المدير.</translation>
    </message>
    <message>
        <source>Type the case reference again to confirm the purge.</source>
        <translation>اكتب مرجع الحالة مرة أخرى لتأكيد الحذف النهائي.</translation>
    </message>
    <message>
        <source>Only a closed case can be purged.</source>
        <translation>لا تُحذف نهائيًا إلا حالة مغلقة.</translation>
    </message>
    <message>
        <source>This case is still within its retention period; it cannot be purged yet.</source>
        <translation>لا تزال هذه الحالة ضمن مدة الاحتفاظ؛ لا يمكن حذفها نهائيًا بعد.</translation>
    </message>
    <message>
        <source>The default risk checklist {DEFAULT_INSTRUMENT} is missing.</source>
        <translation>قائمة تقييم الخطر الافتراضية {DEFAULT_INSTRUMENT} مفقودة.</translation>
    </message>
    <message>
        <source>OneStop does not know that risk checklist.</source>
        <translation>لا يعرف OneStop قائمة تقييم المخاطر هذه.</translation>
    </message>
    <message>
        <source>A safety plan needs at least one part filled in.</source>
        <translation>تحتاج خطة السلامة إلى ملء جزء واحد على الأقل.</translation>
    </message>
    <message>
        <source>The code word is one line.</source>
        <translation>الكلمة الرمزية سطر واحد.</translation>
    </message>
    <message>
        <source>This case has a safety plan: edit it (its history is kept).</source>
        <translation>لهذه الحالة خطة سلامة: عدّلها (يُحفظ سجلها).</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to continue.</source>
        <translation>الخزنة مقفلة. افتح القفل للمتابعة.</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again to continue.</source>
        <translation>لقد سجّلت الخروج. سجّل الدخول مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>You signed in with a one-time password: choose your own password first.</source>
        <translation>سجّلت الدخول بكلمة مرور لمرة واحدة: اختر كلمة مرورك أولًا.</translation>
    </message>
    <message>
        <source>A recovery-key session cannot be unlocked; sign in again.</source>
        <translation>لا يمكن فتح قفل جلسة مفتاح الاسترداد؛ سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>هذا الحساب معطّل. راجع مسؤول النظام.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name as it should print on documents.</source>
        <translation>اكتب اسم المركز كما يجب أن يُطبع على المستندات.</translation>
    </message>
    <message>
        <source>One line of at most 200 characters.</source>
        <translation>سطر واحد من 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Africa/Nairobi.</source>
        <translation>اختر منطقة زمنية من القائمة، مثل Africa/Nairobi.</translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n minute(s).</source>
        <translation>
            <numerusform>بين {low} و%n دقيقة.</numerusform>
            <numerusform>بين {low} و%n دقيقة.</numerusform>
            <numerusform>بين {low} و%n دقيقة.</numerusform>
            <numerusform>بين {low} و%n دقائق.</numerusform>
            <numerusform>بين {low} و%n دقيقة.</numerusform>
            <numerusform>بين {low} و%n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} and %n day(s).</source>
        <translation>
            <numerusform>بين {low} و%n يوم.</numerusform>
            <numerusform>بين {low} و%n يوم.</numerusform>
            <numerusform>بين {low} و%n يوم.</numerusform>
            <numerusform>بين {low} و%n أيام.</numerusform>
            <numerusform>بين {low} و%n يومًا.</numerusform>
            <numerusform>بين {low} و%n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Between {low} (no limit) and %n day(s).</source>
        <translation>
            <numerusform>بين {low} (بلا حد) و%n يوم.</numerusform>
            <numerusform>بين {low} (بلا حد) و%n يوم.</numerusform>
            <numerusform>بين {low} (بلا حد) و%n يوم.</numerusform>
            <numerusform>بين {low} (بلا حد) و%n أيام.</numerusform>
            <numerusform>بين {low} (بلا حد) و%n يومًا.</numerusform>
            <numerusform>بين {low} (بلا حد) و%n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most 7 lines and 500 characters.</source>
        <translation>7 أسطر و500 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>An admission cannot be in the future.</source>
        <translation>لا يمكن أن يكون القبول في المستقبل.</translation>
    </message>
    <message>
        <source>Give the room.</source>
        <translation>حدّد الغرفة.</translation>
    </message>
    <message>
        <source>The number of children is between 0 and 15.</source>
        <translation>عدد الأطفال بين 0 و15.</translation>
    </message>
    <message>
        <source>The planned exit is before the admission.</source>
        <translation>المغادرة المقررة قبل القبول.</translation>
    </message>
    <message>
        <source>The exit is before the admission.</source>
        <translation>المغادرة قبل القبول.</translation>
    </message>
    <message>
        <source>An exit that has not happened cannot be recorded yet.</source>
        <translation>لا يمكن تسجيل مغادرة لم تحدث بعد.</translation>
    </message>
    <message>
        <source>Say where she went (or &apos;not known&apos;).</source>
        <translation>اذكر إلى أين ذهبت (أو «غير معروف»).</translation>
    </message>
    <message>
        <source>Give the room a name of at most 50 characters.</source>
        <translation>أعطِ الغرفة اسمًا من 50 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A room needs at least one bed.</source>
        <translation>تحتاج الغرفة إلى سرير واحد على الأقل.</translation>
    </message>
    <message>
        <source>Each bed has its own label of at most 50 characters.</source>
        <translation>لكل سرير تسمية خاصة من 50 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>There is already a room of that name.</source>
        <translation>توجد غرفة بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Give each new bed its own label of at most 50 characters.</source>
        <translation>أعطِ كل سرير جديد تسمية خاصة من 50 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>That room is not on record: it may have been removed. Choose a room from the list.</source>
        <translation>هذه الغرفة غير مسجّلة: ربما حُذفت. اختر غرفة من القائمة.</translation>
    </message>
    <message>
        <source>That bed is not on record: it may have been removed. Choose a bed from the list.</source>
        <translation>هذا السرير غير مسجّل: ربما حُذف. اختر سريرًا من القائمة.</translation>
    </message>
    <message>
        <source>That waiting-list entry is not on record: it may have been removed. Choose one from the list.</source>
        <translation>هذا القيد في قائمة الانتظار غير مسجّل: ربما حُذف. اختر قيدًا من القائمة.</translation>
    </message>
    <message>
        <source>{room} already has a bed {beds}.</source>
        <translation>في {room} سرير {beds} بالفعل.</translation>
    </message>
    <message>
        <source>Someone is in this bed: move her first.</source>
        <translation>هذا السرير مشغول: انقلها أولًا.</translation>
    </message>
    <message>
        <source>This bed is taken: choose a free one.</source>
        <translation>هذا السرير مشغول: اختر سريرًا شاغرًا.</translation>
    </message>
    <message>
        <source>She is already staying in the shelter: move her instead.</source>
        <translation>هي مقيمة في دار الإيواء بالفعل: انقلها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This stay has ended.</source>
        <translation>انتهت هذه الإقامة.</translation>
    </message>
    <message>
        <source>This stay has already ended.</source>
        <translation>انتهت هذه الإقامة من قبل.</translation>
    </message>
    <message>
        <source>She is already on the waiting list.</source>
        <translation>هي على قائمة الانتظار بالفعل.</translation>
    </message>
    <message>
        <source>Say why she leaves the list (one line).</source>
        <translation>اذكر لماذا تغادر القائمة (سطر واحد).</translation>
    </message>
    <message>
        <source>Statistics are released for a whole calendar month, quarter or year only, so that one release cannot be subtracted from another to give the counts of a few days.</source>
        <translation>تُنشر الإحصاءات لشهر أو ربع سنة أو سنة تقويمية كاملة فقط، حتى لا يمكن طرح نشرة من أخرى للحصول على أعداد بضعة أيام.</translation>
    </message>
    <message>
        <source>Not a period: {text}. Write a month (2026-11), a quarter (2026-Q4) or a year (2026).</source>
        <translation>ليست فترة: {text}. اكتبي شهرًا (2026-11) أو ربع سنة (2026-Q4) أو سنة (2026).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>The period has not ended yet: statistics are released once it is over, so that a later release of it cannot be subtracted from this one.</source>
        <translation>لم تنتهِ الفترة بعد: تُنشر الإحصاءات بعد انتهائها، حتى لا يمكن طرح نشرة لاحقة منها من هذه النشرة.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>اذكر ما يجب عمله.</translation>
    </message>
    <message>
        <source>&quot;{assignee}&quot; is not an active member of staff.</source>
        <translation>«{assignee}» ليس موظفًا نشطًا.</translation>
    </message>
    <message>
        <source>This record is sealed with a key you were not given yet: a colleague confirms your account first. Nothing was saved.</source>
        <translation>هذا السجل مختوم بمفتاح لم يُمنح لك بعد: تؤكد زميلة حسابك أولاً. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Your account waits for a colleague who already reads {section} records to confirm it (onestop-cli admin confirm-user). Until then these records stay closed to you.</source>
        <translation>ينتظر حسابك أن يؤكده زميل يقرأ سجلات {section} بالفعل (onestop-cli admin confirm-user). وحتى ذلك الحين تبقى هذه السجلات مغلقة أمامك.</translation>
    </message>
    <message>
        <source>There is no account named &quot;{username}&quot;.</source>
        <translation>لا يوجد حساب باسم «{username}».</translation>
    </message>
    <message>
        <source>{username} has not chosen their own password yet: confirm the account after its first sign-in.</source>
        <translation>لم يختر {username} كلمة مرور خاصة به بعد: أكّد الحساب بعد أول تسجيل دخول له.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the account&apos;s key: nothing was granted. Check it with your colleague in person.</source>
        <translation>البصمة لا تطابق مفتاح الحساب: لم يُمنح أي شيء. تحقق منها مع زميلك شخصيًا.</translation>
    </message>
    <message>
        <source>{username}&apos;s account is not as an admin created it: nothing was granted. Ask the admin to run the checks (verify).</source>
        <translation>حساب {username} ليس كما أنشأه المسؤول: لم يُمنح أي شيء. اطلب من المسؤول تشغيل الفحوص (verify).</translation>
    </message>
    <message>
        <source>{username}&apos;s role does not read the records you hold keys for.</source>
        <translation>دور {username} لا يقرأ السجلات التي تحمل مفاتيحها.</translation>
    </message>
    <message>
        <source>A sealed record could not be opened with your keys: it was moved, altered, or sealed with a key you were not given.</source>
        <translation>تعذّر فتح سجل مختوم بمفاتيحك: لقد نُقل أو عُدّل أو خُتم بمفتاح لم يُعطَ لك.</translation>
    </message>
    <message>
        <source>The user name &quot;{name}&quot; is already taken.</source>
        <translation>اسم المستخدم «{name}» مستخدم بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>One line of at most %n character(s).</source>
        <translation>
            <numerusform>سطر واحد من %n حرف على الأكثر.</numerusform>
            <numerusform>سطر واحد من حرف واحد على الأكثر.</numerusform>
            <numerusform>سطر واحد من حرفين على الأكثر.</numerusform>
            <numerusform>سطر واحد من %n أحرف على الأكثر.</numerusform>
            <numerusform>سطر واحد من %n حرفًا على الأكثر.</numerusform>
            <numerusform>سطر واحد من %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is already disabled.</source>
        <translation>الحساب «{username}» معطّل بالفعل.</translation>
    </message>
    <message>
        <source>The last active admin account cannot be disabled.</source>
        <translation>لا يمكن تعطيل آخر حساب نشط لمسؤول النظام.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is already active.</source>
        <translation>الحساب «{username}» نشط بالفعل.</translation>
    </message>
    <message>
        <source>The account &quot;{username}&quot; is disabled; re-enable it instead.</source>
        <translation>الحساب «{username}» معطّل؛ أعد تفعيله بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The recovery key has no password to change.</source>
        <translation>لا توجد كلمة مرور لمفتاح الاسترداد لتغييرها.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>اختر كلمة مرور مختلفة عن الحالية.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>أدخل اسم الشخص كما يعرفه زملاؤه.</translation>
    </message>
    <message numerus="yes">
        <source>A name can be at most %n character(s).</source>
        <translation>
            <numerusform>الاسم %n حرف على الأكثر.</numerusform>
            <numerusform>الاسم حرف واحد على الأكثر.</numerusform>
            <numerusform>الاسم حرفان على الأكثر.</numerusform>
            <numerusform>الاسم %n أحرف على الأكثر.</numerusform>
            <numerusform>الاسم %n حرفًا على الأكثر.</numerusform>
            <numerusform>الاسم %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A reason can be at most %n character(s).</source>
        <translation>
            <numerusform>السبب %n حرف على الأكثر.</numerusform>
            <numerusform>السبب حرف واحد على الأكثر.</numerusform>
            <numerusform>السبب حرفان على الأكثر.</numerusform>
            <numerusform>السبب %n أحرف على الأكثر.</numerusform>
            <numerusform>السبب %n حرفًا على الأكثر.</numerusform>
            <numerusform>السبب %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason cannot contain control characters.</source>
        <translation>لا يمكن أن يحتوي السبب على محارف تحكم.</translation>
    </message>
    <message>
        <source>A reason cannot contain invisible characters (direction marks, zero-width spaces): they can make it display as something else. Type it again without copying it from elsewhere.</source>
        <translation>لا يمكن أن يحتوي السبب على محارف غير مرئية (علامات الاتجاه، مسافات بعرض صفري): قد تجعله يظهر كشيء آخر. اكتبه من جديد دون نسخه من مكان آخر.</translation>
    </message>
    <message>
        <source>A reason cannot contain characters that are not valid text.</source>
        <translation>لا يمكن أن يحتوي السبب على محارف ليست نصًا صالحًا.</translation>
    </message>
    <message numerus="yes">
        <source>At most {limit:,} character(s).</source>
        <translation>
            <numerusform>{limit:,} حرف على الأكثر.</numerusform>
            <numerusform>{limit:,} حرف على الأكثر.</numerusform>
            <numerusform>{limit:,} حرف على الأكثر.</numerusform>
            <numerusform>{limit:,} أحرف على الأكثر.</numerusform>
            <numerusform>{limit:,} حرفًا على الأكثر.</numerusform>
            <numerusform>{limit:,} حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup&apos;s description (its vault, date and contents) was altered or does not match its files, so it cannot be trusted. Nothing was restored.</source>
        <translation>وصف هذه النسخة الاحتياطية (خزنتها وتاريخها ومحتواها) عُدِّل أو لا يطابق ملفاتها، لذا لا يمكن الوثوق بها. لم تتم استعادة أي شيء.</translation>
    </message>
    <message>
        <source>This file is not a OneStop backup: it holds parts larger or other than a backup&apos;s. Nothing was unpacked.</source>
        <translation>هذا الملف ليس نسخة احتياطية من OneStop: يحتوي على أجزاء أكبر من أجزاء النسخة الاحتياطية أو من نوع آخر. لم يُفكّ أي شيء.</translation>
    </message>
    <message>
        <source>This file is not a OneStop backup, or it is damaged.</source>
        <translation>هذا الملف ليس نسخة احتياطية من OneStop، أو أنه تالف.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk to unpack this backup ({mb} MB needed). Nothing was written.</source>
        <translation>لا توجد مساحة حرة كافية على القرص لفك هذه النسخة الاحتياطية (يلزم {mb} ميغابايت). لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The backup file was not found.</source>
        <translation>لم يُعثر على ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of your key slot is damaged or was edited, so you cannot sign in. Ask the administrator.</source>
        <translation>نسخة خانة مفتاحك على الخادم تالفة أو عُدّلت، لذا لا يمكنك تسجيل الدخول. راجع مسؤول النظام.</translation>
    </message>
    <message>
        <source>The server already has a database login for that user name (from another database on the same server). Choose another user name, or ask IT.</source>
        <translation>لدى الخادم بالفعل حساب قاعدة بيانات لاسم المستخدم هذا (من قاعدة بيانات أخرى على الخادم نفسه). اختر اسم مستخدم آخر، أو اسأل قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>An attachment file is missing from the vault.</source>
        <translation>ملف مرفق مفقود من الخزنة.</translation>
    </message>
    <message>
        <source>An attachment file in the vault is damaged.</source>
        <translation>ملف مرفق في الخزنة تالف.</translation>
    </message>
    <message>
        <source>An attachment file in the vault is damaged or was altered.</source>
        <translation>ملف مرفق في الخزنة تالف أو عُدّل.</translation>
    </message>
    <message>
        <source>An attachment file does not match its recorded SHA-256.</source>
        <translation>ملف مرفق لا يطابق بصمة SHA-256 المسجلة له.</translation>
    </message>
    <message>
        <source>Part of the vault&apos;s database is damaged and could not be read. Nothing was changed. Restore the vault from its most recent backup.</source>
        <translation>جزء من قاعدة بيانات الخزنة تالف وتعذّرت قراءته. لم يتغير شيء. استعد الخزنة من أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file (vault.db) is missing. Nothing was created in its place. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>ملف قاعدة بيانات الخزنة (vault.db) مفقود. لم يُنشأ شيء مكانه. استعد الخزنة من أحدث نسخة احتياطية لها (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved and nothing was changed. Free some space (or ask IT to), then try again.</source>
        <translation>القرص ممتلئ، لذا لم يمكن حفظ أي شيء ولم يتغير أي شيء. حرّر بعض المساحة (أو اطلب ذلك من قسم تقنية المعلومات)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to (it is read-only, or belongs to another user), so nothing was changed. Ask IT to check the folder&apos;s permissions.</source>
        <translation>لا يمكن الكتابة في مجلد الخزنة (فهو للقراءة فقط أو يخص مستخدمًا آخر)، لذا لم يتغير شيء. اطلب من قسم تقنية المعلومات فحص أذونات المجلد.</translation>
    </message>
    <message>
        <source>The vault could not be opened for writing (journal mode).</source>
        <translation>تعذّر فتح الخزنة للكتابة (وضع السجل).</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened: the file is damaged or does not belong to this vault. Restore it from a backup.</source>
        <translation>تعذّر فتح قاعدة بيانات الخزنة: الملف تالف أو لا يخص هذه الخزنة. استعدها من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault is busy with another task. Try again in a moment.</source>
        <translation>الخزنة مشغولة بمهمة أخرى. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>A recovery key is six groups of five letters and digits, like ABCDE-12345-…</source>
        <translation>مفتاح الاسترداد ست مجموعات من خمسة أحرف وأرقام، مثل ABCDE-12345-…</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) is damaged or was edited, so no one can sign in. Restore the vault from a backup.</source>
        <translation>ملف مفاتيح الخزنة (keyslots.json) تالف أو عُدّل، لذا لا يستطيع أحد تسجيل الدخول. استعد الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) is missing. Restore the vault from a backup.</source>
        <translation>ملف مفاتيح الخزنة (keyslots.json) مفقود. استعد الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (keyslots.json) was altered and cannot be trusted. Restore the vault from a backup.</source>
        <translation>عُدّل ملف مفاتيح الخزنة (keyslots.json) ولا يمكن الوثوق به. استعد الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json was altered; the key was not changed. Restore the vault from a backup.</source>
        <translation>عُدّلت خانة مفتاح في keyslots.json؛ لم يتغير المفتاح. استعد الخزنة من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>This vault is already open in another OneStop window or command{who}. Close it there first, then try again.</source>
        <translation>هذه الخزنة مفتوحة بالفعل في نافذة أو أمر آخر من OneStop{who}. أغلقها هناك أولًا، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>لا شيء مستحق</translation>
    </message>
    <message>
        <source>forensic samples</source>
        <translation>العينات الجنائية</translation>
    </message>
    <message>
        <source>Due: {what}</source>
        <translation>مستحق: {what}</translation>
    </message>
    <message numerus="yes">
        <source>{room} / {bed} · %n child(ren)</source>
        <translation>
            <numerusform>{room} / {bed} · %n طفل</numerusform>
            <numerusform>{room} / {bed} · طفل واحد</numerusform>
            <numerusform>{room} / {bed} · طفلان</numerusform>
            <numerusform>{room} / {bed} · %n أطفال</numerusform>
            <numerusform>{room} / {bed} · %n طفلًا</numerusform>
            <numerusform>{room} / {bed} · %n طفل</numerusform>
        </translation>
    </message>
    <message>
        <source>{agency}: no answer since {date}</source>
        <translation>{agency}: لا رد منذ {date}</translation>
    </message>
    <message>
        <source>Tell her that her file was shared without her consent on {date}: {who} will tell her.</source>
        <translation>إبلاغها بأن ملفها شورك دون موافقتها في {date}: {who} سيبلغها.</translation>
    </message>
    <message>
        <source>Her details changed after the check for existing files: check again.</source>
        <translation>تغيّرت بياناتها بعد البحث عن الملفات الموجودة: ابحث مرة أخرى.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal (vault.db-wal) is damaged: changes already saved would be lost if the vault were opened. Nothing was changed. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>سجل الخزنة (vault.db-wal) تالف: ستضيع تغييرات محفوظة بالفعل إذا فُتحت الخزنة. لم يتغير شيء. استعد الخزنة من أحدث نسخة احتياطية لها (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>The vault&apos;s journal (vault.db-wal) was removed while its index remained: the latest saved changes are missing. Nothing was changed. Restore the vault from its most recent backup (onestop-cli admin restore).</source>
        <translation>حُذف سجل الخزنة (vault.db-wal) بينما بقي فهرسه: آخر التغييرات المحفوظة مفقودة. لم يتغير شيء. استعد الخزنة من أحدث نسخة احتياطية لها (onestop-cli admin restore).</translation>
    </message>
    <message>
        <source>This is not a mapping saved by OneStop.</source>
        <translation>هذه ليست مطابقة محفوظة بواسطة OneStop.</translation>
    </message>
    <message>
        <source>Each field can be given by one column only.</source>
        <translation>لا يمكن أن يأتي كل حقل إلا من عمود واحد.</translation>
    </message>
    <message>
        <source>Map a column to the name, the alias or the register id.</source>
        <translation>اربط عموداً بالاسم أو الاسم المستعار أو المعرّف في السجل.</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV: a cell on row {line} is far too long or badly quoted.</source>
        <translation>لا يمكن قراءة هذا الملف بصيغة CSV: إحدى خلايا الصف {line} طويلة جدًا أو علامات الاقتباس فيها غير صحيحة.</translation>
    </message>
    <message>
        <source>This workbook cannot be read: it is damaged or not an .xlsx file.</source>
        <translation>لا يمكن قراءة هذا المصنف: إنه تالف أو ليس ملف ‎.xlsx.</translation>
    </message>
    <message>
        <source>Not one of the options: {value}.</source>
        <translation>ليس من الخيارات: {value}.</translation>
    </message>
    <message numerus="yes">
        <source>The mapping names %n column(s) the file does not have.</source>
        <translation>
            <numerusform>تذكر المطابقة %n عمود غير موجود في الملف.</numerusform>
            <numerusform>تذكر المطابقة عمودًا واحدًا غير موجود في الملف.</numerusform>
            <numerusform>تذكر المطابقة عمودين غير موجودين في الملف.</numerusform>
            <numerusform>تذكر المطابقة %n أعمدة غير موجودة في الملف.</numerusform>
            <numerusform>تذكر المطابقة %n عمودًا غير موجود في الملف.</numerusform>
            <numerusform>تذكر المطابقة %n عمود غير موجود في الملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not text: it cannot be a register. Save the register as CSV (UTF-8) or .xlsx.</source>
        <translation>هذا الملف ليس نصًا: لا يمكن أن يكون سجلًا. احفظ السجل بصيغة CSV (UTF-8) أو .xlsx.</translation>
    </message>
    <message>
        <source>This file mixes encodings (some rows UTF-8, others not), so some names would come in garbled: save it again as CSV UTF-8.</source>
        <translation>يخلط هذا الملف بين الترميزات (بعض الصفوف UTF-8 وبعضها لا)، فستصل بعض الأسماء مشوهة: احفظه من جديد بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>هذا التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>Give the type of the incident.</source>
        <translation>حدد نوع الحادثة.</translation>
    </message>
    <message>
        <source>This holds an invisible character garbled by the wrong encoding: save the file again as CSV UTF-8.</source>
        <translation>يحتوي هذا على محرف غير مرئي شوّهه ترميز خاطئ: احفظ الملف من جديد بصيغة CSV UTF-8.</translation>
    </message>
    <message>
        <source>Not a whole number: {value}.</source>
        <translation>ليس عدداً صحيحاً: {value}.</translation>
    </message>
    <message>
        <source>Only a caseworker or a manager may check a register to import.</source>
        <translation>لا يتحقق من السجل قبل استيراده إلا مدير الحالة أو المدير.</translation>
    </message>
    <message>
        <source>Only a caseworker may import a register; a manager may check it first.</source>
        <translation>لا يستورد السجل إلا مدير الحالة؛ ويمكن للمدير التحقق منه أولاً.</translation>
    </message>
    <message>
        <source>Rows would be refused: correct the file and check it again.</source>
        <translation>ستُرفض بعض الصفوف: صحّح الملف وتحقق منه مجدداً.</translation>
    </message>
    <message numerus="yes">
        <source>Decide for each possible duplicate: %n left.</source>
        <translation>
            <numerusform>قرّر بشأن كل تكرار محتمل: بقي %n.</numerusform>
            <numerusform>قرّر بشأن كل تكرار محتمل: بقي واحد.</numerusform>
            <numerusform>قرّر بشأن كل تكرار محتمل: بقي اثنان.</numerusform>
            <numerusform>قرّر بشأن كل تكرار محتمل: بقيت %n.</numerusform>
            <numerusform>قرّر بشأن كل تكرار محتمل: بقي %n.</numerusform>
            <numerusform>قرّر بشأن كل تكرار محتمل: بقي %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file changed since it was checked: check it again.</source>
        <translation>تغيّر الملف منذ التحقق منه: تحقق منه مجدداً.</translation>
    </message>
    <message>
        <source>Type the date, e.g. 2026-12-02.</source>
        <translation>اكتب التاريخ، مثل 2026-12-02.</translation>
    </message>
    <message>
        <source>Type the time, e.g. 15:00.</source>
        <translation>اكتب الوقت، مثل 15:00.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file is not JSON (line {line}: {reason}).</source>
        <translation>ملف مطابقة DHIS2 ليس بصيغة JSON (السطر {line}: {reason}).</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at {place}: {reason}</source>
        <translation>ملف مطابقة DHIS2، عند {place}: {reason}</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: OneStop has no count {indicator} / {row}. Indicators: {known}.</source>
        <translation>ملف مطابقة DHIS2، عند dataValues[{n}]: لا يوجد في OneStop عدد {indicator} / {row}. المؤشرات: {known}.</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: say which column of {indicator} (one of {columns}).</source>
        <translation>ملف مطابقة DHIS2، عند dataValues[{n}]: حددي أي عمود من {indicator} (أحد {columns}).</translation>
    </message>
    <message>
        <source>The DHIS2 mapping file, at dataValues[{n}]: {element} / {combo} is mapped twice.</source>
        <translation>ملف مطابقة DHIS2، عند dataValues[{n}]: {element} / {combo} مُطابَق مرتين.</translation>
    </message>
    <message>
        <source>Statistics for {period} cannot be released: a count in them is 1 to 4, and the other counts printed with it would let a reader work out exactly what it is, whatever else is hidden. Nothing was released.</source>
        <translation>لا يمكن نشر إحصاءات {period}: فيها عدد بين 1 و4، والأعداد الأخرى المطبوعة معه تتيح للقارئ أن يستنتج قيمته بالضبط مهما أُخفي غيره. لم يُنشر شيء.</translation>
    </message>
    <message>
        <source>Statistics for {period} cannot be released: a count in them is 1 to 4, and with the statistics released before for {periods}, printing it as &lt;5 would let a reader work out exactly what it is, whatever else is hidden. Nothing was released; the statistics released before stand.</source>
        <translation>لا يمكن نشر إحصاءات {period}: فيها عدد بين 1 و4، ومع الإحصاءات المنشورة سابقًا عن {periods} فإن طباعته على أنه &lt;5 تتيح للقارئ أن يستنتج قيمته بالضبط مهما أُخفي غيره. لم يُنشر شيء؛ وتبقى الإحصاءات المنشورة سابقًا هي المعتمدة.</translation>
    </message>
    <message>
        <source>Statistics for {period} were released on {date}, and the figures have changed since (a record added or changed, or a consent withdrawn). Releasing them again would let the two releases be subtracted to reveal the change, so the first release stands: give the partner that one.</source>
        <translation>نُشرت إحصاءات {period} في {date} وتغيرت الأرقام منذ ذلك الحين (سجل أضيف أو عُدّل، أو موافقة سُحبت). إعادة نشرها ستسمح بطرح النشرتين لكشف التغيير، لذا تبقى النشرة الأولى: أعطي الشريك تلك النشرة.</translation>
    </message>
    <message>
        <source>Type the fingerprint your colleague reads to you from their own screen.</source>
        <translation>اكتب البصمة التي يقرؤها لك زميلك من شاشته.</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a PostgreSQL URL with the centre&apos;s CA certificate (postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).</source>
        <translation>عنوان الخادم ليس عنوان PostgreSQL يتضمن شهادة جهة التصديق الخاصة بالمركز (postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).</translation>
    </message>
    <message>
        <source>The server&apos;s address must not hold a password: keep the workstation login&apos;s password in the PostgreSQL password file (~/.pgpass).</source>
        <translation>يجب ألا يتضمن عنوان الخادم كلمة مرور: احفظ كلمة المرور الخاصة بحساب محطة العمل في ملف كلمات المرور الخاص بـ PostgreSQL ‏(~/.pgpass).</translation>
    </message>
    <message>
        <source>The centre&apos;s CA certificate named in the server&apos;s address is not on this workstation. Ask IT to copy it here.</source>
        <translation>شهادة جهة التصديق الخاصة بالمركز المذكورة في عنوان الخادم غير موجودة على محطة العمل هذه. اطلب من قسم تقنية المعلومات نسخها إليها.</translation>
    </message>
    <message>
        <source>The centre&apos;s server cannot be reached. Check the network, or ask IT whether the server is running.</source>
        <translation>لا يمكن الوصول إلى خادم المركز. تحقق من الشبكة، أو اسأل قسم تقنية المعلومات إن كان الخادم يعمل.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the centre&apos;s CA certificate on this workstation, so OneStop did not connect. Ask IT.</source>
        <translation>شهادة الخادم لا تطابق شهادة جهة التصديق الخاصة بالمركز الموجودة على محطة العمل هذه، لذلك لم يتصل OneStop. اسأل قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s own login (its password in ~/.pgpass is wrong or missing). Ask IT.</source>
        <translation>رفض الخادم الحساب الخاص بمحطة العمل هذه (كلمة المرور الخاصة به في ‎~/.pgpass خاطئة أو غير موجودة). اسأل قسم تقنية المعلومات.</translation>
    </message>
    <message>
        <source>The server refused your database login: it may not be enrolled yet (onestop-cli admin enrol-login). Ask the administrator.</source>
        <translation>رفض الخادم حسابك في قاعدة البيانات: ربما لم يُسجَّل بعد (onestop-cli admin enrol-login). اسأل المسؤول.</translation>
    </message>
    <message>
        <source>The centre&apos;s server holds an older audit trail than this workstation last saw: it may have been put back to an older copy. OneStop did not sign in. Tell the administrator.</source>
        <translation>يحتوي خادم المركز على سجل تدقيق أقدم من آخر سجل رآه هذا الجهاز: ربما أُعيد إلى نسخة أقدم. لم يسجّل OneStop الدخول. أبلغ المسؤول.</translation>
    </message>
    <message>
        <source>The centre&apos;s server has not been upgraded to this version of OneStop yet. OneStop did not sign in and changed nothing. Ask the person who looks after the server to run &quot;onestop-cli admin upgrade --server&quot; (docs/SERVER.md).</source>
        <translation>لم تتم ترقية خادم المركز إلى هذا الإصدار من OneStop بعد. لم يسجّل OneStop الدخول ولم يغيّر شيئًا. اطلبي من الشخص المسؤول عن الخادم تشغيل &quot;onestop-cli admin upgrade --server&quot; (docs/SERVER.md).</translation>
    </message>
    <message>
        <source>The centre&apos;s server has been upgraded to a newer version of OneStop than this workstation&apos;s. OneStop did not sign in and changed nothing. Install that version (or newer) on this workstation.</source>
        <translation>تمت ترقية خادم المركز إلى إصدار من OneStop أحدث من إصدار محطة العمل هذه. لم يسجّل OneStop الدخول ولم يغيّر شيئًا. ثبّتي ذلك الإصدار (أو أحدث) على محطة العمل هذه.</translation>
    </message>
    <message>
        <source>This is a backup of a vault on one computer, not of a centre server: restore it with the vault&apos;s own restore.</source>
        <translation>هذه نسخة احتياطية لخزنة على حاسوب واحد، وليست لخادم مركز: استعدها بأداة الاستعادة الخاصة بالخزنة.</translation>
    </message>
    <message>
        <source>Say whether she has been told of this sharing: told on a day, not yet (and who will tell her), or not told because telling her would put her or others at risk. No file was written.</source>
        <translation>حدّد ما إذا كانت قد أُبلغت بهذه المشاركة: أُبلغت في يوم ما، أو لم تُبلَّغ بعد (ومن سيبلغها)، أو لن تُبلَّغ لأن إبلاغها يعرّضها أو يعرّض غيرها للخطر. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Say on which day she was told.</source>
        <translation>حدّد اليوم الذي أُبلغت فيه.</translation>
    </message>
    <message>
        <source>The day she was told cannot be after today ({today}).</source>
        <translation>لا يمكن أن يكون يوم إبلاغها بعد اليوم ({today}).</translation>
    </message>
    <message>
        <source>The day she was told cannot be before her case was opened ({opened}).</source>
        <translation>لا يمكن أن يكون يوم إبلاغها قبل فتح ملفها ({opened}).</translation>
    </message>
    <message>
        <source>Say who will tell her.</source>
        <translation>حدّد من سيبلغها.</translation>
    </message>
    <message numerus="yes">
        <source>Who will tell her: one line of at most %n character(s).</source>
        <translation>
            <numerusform>من سيبلغها: سطر واحد لا يتجاوز %n حرف.</numerusform>
            <numerusform>من سيبلغها: سطر واحد لا يتجاوز حرفًا واحدًا.</numerusform>
            <numerusform>من سيبلغها: سطر واحد لا يتجاوز حرفين.</numerusform>
            <numerusform>من سيبلغها: سطر واحد لا يتجاوز %n أحرف.</numerusform>
            <numerusform>من سيبلغها: سطر واحد لا يتجاوز %n حرفًا.</numerusform>
            <numerusform>من سيبلغها: سطر واحد لا يتجاوز %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explain why telling her would put her or others at risk (at least %n character(s)).</source>
        <translation>
            <numerusform>اشرح لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر (%n حرف على الأقل).</numerusform>
            <numerusform>اشرح لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر (حرف واحد على الأقل).</numerusform>
            <numerusform>اشرح لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر (حرفان على الأقل).</numerusform>
            <numerusform>اشرح لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر (%n أحرف على الأقل).</numerusform>
            <numerusform>اشرح لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر (%n حرفًا على الأقل).</numerusform>
            <numerusform>اشرح لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر (%n حرف على الأقل).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only those who record her consent, or a manager, record that she was told.</source>
        <translation>لا يسجّل إبلاغها إلا من يسجّلون موافقتها، أو المدير.</translation>
    </message>
    <message>
        <source>There is no sharing {sharing} in {reference}.</source>
        <translation>لا توجد مشاركة {sharing} في {reference}.</translation>
    </message>
    <message>
        <source>A record of this case is at an earlier version than the audit trail records for it: someone with the vault key put it back. The records are not shown; ask an admin to run verify, which names it.</source>
        <translation>أحد سجلات هذه الحالة في إصدار أقدم مما يسجله سجل التدقيق له: أعاده شخص يملك مفتاح الخزنة إلى إصدار سابق. لا تُعرض السجلات؛ اطلب من المسؤول التحقق من الخزنة، وسيُسمّي هذا السجل.</translation>
    </message>
</context>
<context>
    <name>MinutesChoices</name>
    <message>
        <source>What the minutes say</source>
        <translation>ما يتضمنه المحضر</translation>
    </message>
    <message>
        <source>The minutes are closed: they are printed as kept.</source>
        <translation>المحضر مغلق: يُطبع كما حُفظ.</translation>
    </message>
    <message>
        <source>Printed as kept: your role may not change the minutes.</source>
        <translation>يُطبع كما حُفظ: لا يسمح دورك بتعديل المحضر.</translation>
    </message>
    <message>
        <source>Time the meeting started</source>
        <translation>وقت بدء الاجتماع</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئاسة الاجتماع</translation>
    </message>
    <message>
        <source>Present, one a line</source>
        <translation>الحاضرون، واحد في كل سطر</translation>
    </message>
    <message>
        <source>Apologies, one a line</source>
        <translation>المعتذرون، واحد في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation>ر&amp;ئاسة الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Present (name, agency)</source>
        <translation>ال&amp;حاضرون (الاسم، الجهة)</translation>
    </message>
    <message>
        <source>A&amp;pologies</source>
        <translation>ال&amp;معتذرون</translation>
    </message>
    <message>
        <source>Discussion of case {reference}</source>
        <translation>مناقشة الحالة {reference}</translation>
    </message>
    <message>
        <source>Discussion of {reference}</source>
        <translation>مناقشة {reference}</translation>
    </message>
</context>
<context>
    <name>MomentEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose the day from a calendar</source>
        <translation>اختاري اليوم من التقويم</translation>
    </message>
    <message>
        <source>e.g. 15:00</source>
        <translation>مثل 15:00</translation>
    </message>
    <message>
        <source>{field}: time</source>
        <translation>{field}: الوقت</translation>
    </message>
    <message>
        <source>{field}: choose the day from a calendar</source>
        <translation>{field}: اختاري اليوم من التقويم</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Partner agencies</source>
        <translation>الجهات الشريكة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>&amp;Add an agency…</source>
        <translation>إ&amp;ضافة جهة…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>How well does our referral network work?</source>
        <translation>ما مدى فعالية شبكة الإحالة لدينا؟</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قُبلت</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>referrals declined</comment>
        <extracomment>A column of referral counts: referrals the agency declined.</extracomment>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Median days to answer</source>
        <translation>متوسط أيام الرد (الوسيط)</translation>
    </message>
    <message>
        <source>Referral figures</source>
        <translation>أرقام الإحالات</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>استيراد جهات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>That file cannot be read as UTF-8 CSV.</source>
        <translation>لا يمكن قراءة هذا الملف بصيغة CSV بترميز UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>أُضيفت %n، </numerusform>
            <numerusform>أُضيفت %n، </numerusform>
            <numerusform>أُضيفت %n، </numerusform>
            <numerusform>أُضيفت %n، </numerusform>
            <numerusform>أُضيفت %n، </numerusform>
            <numerusform>أُضيفت %n، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>وحُدّثت %n.</numerusform>
            <numerusform>وحُدّثت %n.</numerusform>
            <numerusform>وحُدّثت %n.</numerusform>
            <numerusform>وحُدّثت %n.</numerusform>
            <numerusform>وحُدّثت %n.</numerusform>
            <numerusform>وحُدّثت %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agencies</source>
        <translation>تصدير الجهات</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>تعذّرت كتابة الملف في ذلك المكان.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>حساب موظف جديد</translation>
    </message>
    <message>
        <source>e.g. a.mensah</source>
        <translation>مثال: a.mensah</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>ال&amp;اسم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
</context>
<context>
    <name>NowToldDialog</name>
    <message>
        <source>She has now been told</source>
        <translation>أُبلغت الآن</translation>
    </message>
    <message>
        <source>She has now been told that the {document} was shared.</source>
        <translation>أُبلغت الآن بمشاركة المستند «{document}».</translation>
    </message>
    <message>
        <source>The day she was told</source>
        <translation>يوم إبلاغها</translation>
    </message>
    <message>
        <source>&amp;Told on</source>
        <translation>&amp;أُبلغت في</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;تسجيل</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>كلمة مرور لمرة واحدة</translation>
    </message>
    <message>
        <source>Give this one-time password to {name} ({user}) in person. It is shown only now; they choose their own password when they first sign in.</source>
        <translation>سلّم كلمة المرور لمرة واحدة هذه إلى {name} ({user}) شخصيًا. لا تُعرض إلا الآن؛ ويختار كلمة مروره عند أول تسجيل دخول.</translation>
    </message>
    <message>
        <source>I have handed it over</source>
        <translation>لقد سلّمتها</translation>
    </message>
</context>
<context>
    <name>PeriodChoices</name>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Month, quarter or year</source>
        <translation>شهر أو ربع سنة أو سنة</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>&amp;Released for</source>
        <translation>&amp;النشر عن</translation>
    </message>
    <message>
        <source>Which period</source>
        <translation>أي فترة</translation>
    </message>
    <message>
        <source>Per&amp;iod</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <source>Also write a &amp;DHIS2 data value set (JSON and CSV)</source>
        <translation>اكتبي أيضًا مجموعة قيم &amp;DHIS2 (JSON وCSV)</translation>
    </message>
    <message>
        <source>DHIS2 mapping file</source>
        <translation>ملف مطابقة DHIS2</translation>
    </message>
    <message>
        <source>The mapping file from your ministry (JSON)</source>
        <translation>ملف المطابقة من وزارتك (JSON)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>&amp;Mapping file</source>
        <translation>&amp;ملف المطابقة</translation>
    </message>
    <message>
        <source>Counts only survivors whose consent to statistics is in force; small counts are hidden, and a period overlapping one released before hides what would let the two be subtracted. A CSV file with the same figures is written beside the PDF (attached inside it when the PDF has a password).</source>
        <translation>لا تُحتسب إلا الناجيات اللواتي موافقتهن على الإحصاءات سارية؛ تُخفى الأعداد الصغيرة، والفترة التي تتداخل مع فترة نُشرت من قبل تُخفي ما قد يسمح بطرح إحداهما من الأخرى. يُكتب ملف CSV بالأرقام نفسها بجانب ملف PDF (ويُرفق داخله عندما يكون للملف كلمة مرور).</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the DHIS2 mapping file (a JSON file from your ministry).</source>
        <translation>اختاري ملف مطابقة DHIS2 (ملف JSON من وزارتك).</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile of {name}</source>
        <translation>ملف {name}</translation>
    </message>
    <message>
        <source>e.g. MB ChB, DFFLM</source>
        <translation>مثلًا MB ChB, DFFLM</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>ال&amp;مؤهلات</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>المؤهلات</translation>
    </message>
    <message>
        <source>Re&amp;gistration number</source>
        <translation>رقم الت&amp;سجيل</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>{field} is known</source>
        <translation>{field} معروف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>What you typed here has not been saved.</source>
        <translation>لم يُحفظ ما كتبته هنا.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>RecorderButton</name>
    <message>
        <source>GBVIMS &amp;Incident Recorder (.xlsx)…</source>
        <translation>&amp;سجل الحوادث GBVIMS (‎.xlsx)…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add: {what}</source>
        <translation>إضافة: {what}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>Edit: {what}</source>
        <translation>تعديل: {what}</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>The recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>If every administrator forgets their password, this key is the only way back in. It is shown once: print it or write it down now, and keep it locked away from this computer.</source>
        <translation>إذا نسي جميع مسؤولي النظام كلمات مرورهم، فهذا المفتاح هو الطريق الوحيد للدخول. يُعرض مرة واحدة: اطبعه أو اكتبه الآن، واحفظه في مكان مقفل بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key…</source>
        <translation>&amp;طباعة مفتاح الاسترداد…</translation>
    </message>
    <message>
        <source>Group &amp;{n}</source>
        <translation>المجموعة &amp;{n}</translation>
    </message>
    <message>
        <source>OneStop recovery key

{key}

Keep it locked away.</source>
        <translation>مفتاح استرداد OneStop

{key}

احفظه في مكان مقفل.</translation>
    </message>
    <message>
        <source>Group {n} does not match. Check what you wrote down.</source>
        <translation>المجموعة {n} غير مطابقة. تحقق مما كتبته.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral of {ref}</source>
        <translation>إحالة {ref}</translation>
    </message>
    <message>
        <source>Referring agency</source>
        <translation>الجهة المُحيلة</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Referring &amp;agency</source>
        <translation>ال&amp;جهة المُحيلة</translation>
    </message>
    <message>
        <source>Referral &amp;date</source>
        <translation>&amp;تاريخ الإحالة</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryDialog</name>
    <message>
        <source>Referral history</source>
        <translation>سجل الإحالة</translation>
    </message>
    <message>
        <source>Referral to {agency}</source>
        <translation>إحالة إلى {agency}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>وقت التسجيل</translation>
    </message>
    <message>
        <source>Contact at the agency</source>
        <translation>جهة الاتصال لدى الجهة</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>مرجعهم</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>ما قيل</translation>
    </message>
    <message>
        <source>Steps of the referral</source>
        <translation>مراحل الإحالة</translation>
    </message>
    <message>
        <source>Made (draft)</source>
        <translation>أُنشئت (مسودة)</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>طُبع الخطاب</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>إ&amp;حالة جديدة…</translation>
    </message>
    <message>
        <source>Referrals and where they stand</source>
        <translation>الإحالات وحالتها</translation>
    </message>
    <message>
        <source>Their contact and reference</source>
        <translation>جهة الاتصال والمرجع لديهم</translation>
    </message>
    <message>
        <source>Print the &amp;letter…</source>
        <translation>طباعة ال&amp;خطاب…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;تعليم كمرسلة</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>تسجيل ال&amp;رد…</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>م&amp;كتملة</translation>
    </message>
    <message>
        <source>Cl&amp;ose the referral…</source>
        <translation>إ&amp;غلاق الإحالة…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>ال&amp;سجل…</translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation>تاريخ ال&amp;رد</translation>
    </message>
    <message>
        <source>&amp;Contact at the agency</source>
        <translation>جهة الا&amp;تصال لدى الجهة</translation>
    </message>
    <message>
        <source>Their &amp;reference</source>
        <translation>م&amp;رجعهم</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>إحالة جديدة</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Choose from the directory, or type a name</source>
        <translation>اختر من الدليل أو اكتب اسمًا</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>&amp;Service asked for</source>
        <translation>ال&amp;خدمة المطلوبة</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>درجة الا&amp;ستعجال</translation>
    </message>
    <message>
        <source>&amp;Reason for referral</source>
        <translation>&amp;سبب الإحالة</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>اختر إحالة أولًا.</translation>
    </message>
    <message>
        <source>The agency&apos;s answer</source>
        <translation>رد الجهة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>ال&amp;رد</translation>
    </message>
    <message>
        <source>&amp;What they said</source>
        <translation>&amp;ما قالوه</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>إغلاق الإحالة</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>إغلاقها</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>ال&amp;سبب</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name or alias</source>
        <translation>الاسم أو الاسم المستعار</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>Protection order expires</source>
        <translation>انتهاء أمر حماية</translation>
    </message>
    <message>
        <source>Referral overdue</source>
        <translation>إحالة متأخرة</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>مهمة مستحقة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Conference action due</source>
        <translation>إجراء اجتماع مستحق</translation>
    </message>
    <message>
        <source>Tell her of a sharing</source>
        <translation>إبلاغها بمشاركة</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (متأخر)</translation>
    </message>
</context>
<context>
    <name>RemindersView</name>
    <message>
        <source>Hearings in the next 14 days, protection orders expiring within 30, referrals without an answer, tasks, follow-ups and conference actions due, and survivors still to be told that their file was shared without their consent.</source>
        <translation>الجلسات خلال الأيام الأربعة عشر القادمة، وأوامر الحماية التي تنتهي خلال 30 يومًا، والإحالات دون رد، والمهام والمتابعات وإجراءات المؤتمر المستحقة، والناجيات اللواتي لم يُبلَّغن بعد بأن ملفاتهن شوركت دون موافقتهن.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restoring replaces every record in this vault with the records of the backup {file}. Work recorded since that backup is lost from the vault; a safety backup of the vault as it is now is made first.</source>
        <translation>تستبدل الاستعادة كل سجل في هذه الخزنة بسجلات النسخة الاحتياطية {file}. يضيع من الخزنة العمل المسجل منذ تلك النسخة؛ وتُؤخذ أولًا نسخة أمان من الخزنة بحالتها الحالية.</translation>
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation>&amp;كلمة مرورك</translation>
    </message>
    <message>
        <source>I understand that the records are replaced by the backup&apos;s</source>
        <translation>أفهم أن السجلات ستُستبدل بسجلات النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Type your own password: it opens an older backup.</source>
        <translation>اكتب كلمة مرورك أنت: فهي تفتح نسخة احتياطية أقدم.</translation>
    </message>
</context>
<context>
    <name>RevocationProgress</name>
    <message>
        <source>This takes a few seconds on a large vault. It cannot be stopped halfway; the window stays usable while it runs.</source>
        <translation>يستغرق هذا بضع ثوانٍ في خزنة كبيرة. لا يمكن إيقافه في منتصفه؛ وتبقى النافذة قابلة للاستخدام أثناء ذلك.</translation>
    </message>
    <message>
        <source>This takes a moment. It cannot be stopped halfway.</source>
        <translation>يستغرق هذا لحظة. لا يمكن إيقافه في منتصف الطريق.</translation>
    </message>
    <message>
        <source>Disabling the account, moving its keys to new versions and stopping its database login</source>
        <translation>تعطيل الحساب ونقل مفاتيحه إلى إصدارات جديدة وإيقاف حساب دخوله إلى قاعدة البيانات</translation>
    </message>
    <message>
        <source>Disabling the account and moving its keys to new versions</source>
        <translation>تعطيل الحساب ونقل مفاتيحه إلى إصدارات جديدة</translation>
    </message>
    <message>
        <source>Preparing a new vault key</source>
        <translation>تحضير مفتاح جديد للخزنة</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with the new key</source>
        <translation>إعادة تشفير الخزنة بالمفتاح الجديد</translation>
    </message>
    <message>
        <source>Moving the attachments and recording the change</source>
        <translation>نقل المرفقات وتسجيل التغيير</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
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
        <translation>لا يوجد تقييم للخطر بعد.</translation>
    </message>
    <message>
        <source>Latest: {level} risk, score {score} ({when}). {trend}</source>
        <translation>الأخير: خطر {level}، الدرجة {score} ({when}). {trend}</translation>
    </message>
    <message>
        <source>Waiting for the case conference: {why}.</source>
        <translation>بانتظار اجتماع تنسيق الحالة: {why}.</translation>
    </message>
    <message>
        <source>Not waiting for a case conference.</source>
        <translation>ليست بانتظار اجتماع تنسيق الحالة.</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>تقييمات الخطر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>قائمة تقييم الخطر</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>&amp;New risk assessment</source>
        <translation>تقييم &amp;خطر جديد</translation>
    </message>
    <message>
        <source>Case-conference actions</source>
        <translation>إجراءات اجتماع تنسيق الحالة</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>الأسرّة</translation>
    </message>
    <message>
        <source>Shelter rooms and beds</source>
        <translation>غرف وأسرّة دار الإيواء</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>إضافة &amp;غرفة…</translation>
    </message>
    <message>
        <source>Add &amp;beds to the selected room…</source>
        <translation>إضافة أ&amp;سرّة إلى الغرفة المحددة…</translation>
    </message>
    <message>
        <source>Re&amp;tire a bed…</source>
        <translation>إ&amp;خراج سرير من الخدمة…</translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation>إضافة غرفة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Room &amp;name</source>
        <translation>&amp;اسم الغرفة</translation>
    </message>
    <message>
        <source>&amp;Beds (labels, separated by commas)</source>
        <translation>الأ&amp;سرّة (تسميات مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Choose a room first.</source>
        <translation>اختر غرفة أولًا.</translation>
    </message>
    <message>
        <source>Add beds to {room}</source>
        <translation>إضافة أسرّة إلى {room}</translation>
    </message>
    <message>
        <source>&amp;New beds (labels, separated by commas)</source>
        <translation>الأسرّة ال&amp;جديدة (تسميات مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>Retire a bed</source>
        <translation>إخراج سرير من الخدمة</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إخراج من الخدمة</translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation>ال&amp;سرير</translation>
    </message>
    <message>
        <source>A bed someone is in cannot be retired: she is moved first.</source>
        <translation>لا يمكن إخراج سرير مشغول من الخدمة: تُنقل المقيمة أولًا.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanChoices</name>
    <message>
        <source>Her copy</source>
        <translation>نسختها</translation>
    </message>
    <message>
        <source>She wants the &amp;centre&apos;s name and &quot;Safety plan&quot; printed on it</source>
        <translation>تريد طباعة اسم ال&amp;مركز و«خطة السلامة» عليها</translation>
    </message>
    <message>
        <source>Print the centre&apos;s name on her copy</source>
        <translation>طباعة اسم المركز على نسختها</translation>
    </message>
    <message>
        <source>Unticked, the pages and the file&apos;s properties name neither the centre nor the case, in case someone else finds it.</source>
        <translation>عند عدم التحديد، لا تذكر الصفحات ولا خصائص الملف المركز ولا الحالة، تحسباً لعثور شخص آخر عليها.</translation>
    </message>
    <message>
        <source>Print her code &amp;word on it</source>
        <translation>طباعة ال&amp;كلمة الرمزية عليها</translation>
    </message>
    <message>
        <source>Print her code word on her copy</source>
        <translation>طباعة الكلمة الرمزية على نسختها</translation>
    </message>
    <message>
        <source>Unticked, the code word is left off: whoever finds the plan would learn it. She can keep it in her head.</source>
        <translation>إذا لم يُحدَّد، لا تُطبع الكلمة الرمزية: فمن يجد الخطة سيعرفها. يمكنها أن تحفظها في ذاكرتها.</translation>
    </message>
    <message>
        <source>She wants the full &amp;headings printed on it</source>
        <translation>تريد طباعة العناوين ال&amp;كاملة عليها</translation>
    </message>
    <message>
        <source>Print the full headings on her copy</source>
        <translation>طباعة العناوين الكاملة على نسختها</translation>
    </message>
    <message>
        <source>Unticked, its parts are headed as ordinary notes (&quot;Things to keep ready&quot;, &quot;Places to go&quot;), not by what they are for, in case someone else finds it. With the centre&apos;s name printed, the full headings are printed too.</source>
        <translation>دون تحديد، تحمل أجزاؤها عناوين ملاحظات عادية («أشياء تبقى جاهزة»، «أماكن للذهاب إليها») لا ما هي له، تحسّبًا لأن يجدها شخص آخر. وعند طباعة اسم المركز، تُطبع العناوين الكاملة أيضًا.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanForm</name>
    <message>
        <source>Safety plan</source>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>Version {v}, saved {when} by {who}</source>
        <translation>النسخة {v}، حُفظت في {when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Save the safety &amp;plan</source>
        <translation>حفظ &amp;خطة السلامة</translation>
    </message>
    <message>
        <source>Print &amp;her copy…</source>
        <translation>طباعة &amp;نسختها…</translation>
    </message>
    <message>
        <source>The saved plan, without her name, to take with her</source>
        <translation>الخطة المحفوظة، دون اسمها، لتأخذها معها</translation>
    </message>
    <message>
        <source>Save the changes first: her copy is the saved plan.</source>
        <translation>احفظ التغييرات أولًا: نسختها هي الخطة المحفوظة.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Plan a case conference</source>
        <translation>تخطيط اجتماع تنسيق الحالة</translation>
    </message>
    <message>
        <source>One agency per line</source>
        <translation>جهة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The room or the address where it meets</source>
        <translation>القاعة أو العنوان حيث يُعقد الاجتماع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>ال&amp;وقت</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>&amp;Attending agencies</source>
        <translation>الجهات ال&amp;حاضرة</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Forensic</source>
        <translation>الطب الشرعي</translation>
    </message>
    <message>
        <source>Counselling notes</source>
        <translation>ملاحظات الإرشاد النفسي</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>القانوني</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>الإيواء</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Risk and safety</source>
        <translation>الخطر والسلامة</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>اجتماعات تنسيق الحالة</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>Centre &amp;name</source>
        <translation>اسم ال&amp;مركز</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>Centre &amp;address</source>
        <translation>&amp;عنوان المركز</translation>
    </message>
    <message>
        <source>Centre address</source>
        <translation>عنوان المركز</translation>
    </message>
    <message>
        <source>Centre tele&amp;phone</source>
        <translation>&amp;هاتف المركز</translation>
    </message>
    <message>
        <source>Centre telephone</source>
        <translation>هاتف المركز</translation>
    </message>
    <message>
        <source>Centre &amp;e-mail</source>
        <translation>البريد الإلكتروني للمركز (&amp;E)</translation>
    </message>
    <message>
        <source>Centre e-mail</source>
        <translation>البريد الإلكتروني للمركز</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>إ&amp;قفال بعد</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>الإقفال بعد هذه الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>&amp;Time zone of documents</source>
        <translation>المنطقة ال&amp;زمنية للمستندات</translation>
    </message>
    <message>
        <source>Time zone of documents</source>
        <translation>المنطقة الزمنية للمستندات</translation>
    </message>
    <message>
        <source>Documents print their times in this zone, and name it beside each time.</source>
        <translation>تطبع المستندات أوقاتها بهذه المنطقة وتذكر اسمها بجانب كل وقت.</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;حفظ الإعدادات</translation>
    </message>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقائق</numerusform>
            <numerusform> دقيقة</numerusform>
            <numerusform> دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up OneStop</source>
        <translation>إعداد OneStop</translation>
    </message>
</context>
<context>
    <name>SharingChoices</name>
    <message>
        <source>Shared without her consent: why, case by case</source>
        <translation>تمت المشاركة دون موافقتها: السبب، حالةً بحالة</translation>
    </message>
    <message>
        <source>These survivors did not consent to sharing with every agency at the meeting. For each, choose why it is shared all the same, say what makes it so, and whether she has been told of it; the document prints it beside her case.</source>
        <translation>لم توافق هؤلاء الناجيات على المشاركة مع كل الجهات الحاضرة في الاجتماع. لكل واحدة، اختر سبب مشاركة حالتها رغم ذلك، واذكر ما يبرّره، وهل أُبلغت به؛ تطبع الوثيقة ذلك بجانب حالتها.</translation>
    </message>
    <message numerus="yes">
        <source>What makes it so takes at least %n character(s);</source>
        <translation>
            <numerusform>يتطلب التبرير %n حرف على الأقل؛</numerusform>
            <numerusform>يتطلب التبرير %n حرف على الأقل؛</numerusform>
            <numerusform>يتطلب التبرير %n حرفين على الأقل؛</numerusform>
            <numerusform>يتطلب التبرير %n أحرف على الأقل؛</numerusform>
            <numerusform>يتطلب التبرير %n حرفًا على الأقل؛</numerusform>
            <numerusform>يتطلب التبرير %n حرف على الأقل؛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>why she is not told, at least %n: the count beside each field says how many are typed.</source>
        <translation>
            <numerusform>وسبب عدم إخبارها %n على الأقل: يبيّن العداد بجانب كل حقل عدد ما كُتب.</numerusform>
            <numerusform>وسبب عدم إخبارها %n على الأقل: يبيّن العداد بجانب كل حقل عدد ما كُتب.</numerusform>
            <numerusform>وسبب عدم إخبارها %n على الأقل: يبيّن العداد بجانب كل حقل عدد ما كُتب.</numerusform>
            <numerusform>وسبب عدم إخبارها %n على الأقل: يبيّن العداد بجانب كل حقل عدد ما كُتب.</numerusform>
            <numerusform>وسبب عدم إخبارها %n على الأقل: يبيّن العداد بجانب كل حقل عدد ما كُتب.</numerusform>
            <numerusform>وسبب عدم إخبارها %n على الأقل: يبيّن العداد بجانب كل حقل عدد ما كُتب.</numerusform>
        </translation>
    </message>
    <message>
        <source>{ref} (not with {agencies})</source>
        <translation>{ref} (ليس مع {agencies})</translation>
    </message>
    <message>
        <source>Why {ref} is shared</source>
        <translation>سبب مشاركة {ref}</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>اختر السبب…</translation>
    </message>
    <message>
        <source>What makes it so for {ref}</source>
        <translation>ما يبرر ذلك لـ {ref}</translation>
    </message>
    <message>
        <source>What makes it so for her</source>
        <translation>ما يبرر ذلك في حالتها</translation>
    </message>
    <message>
        <source>Export all the same: these answers differ from the earlier ones</source>
        <translation>التصدير على أي حال: هذه الإجابات تختلف عن السابقة</translation>
    </message>
    <message>
        <source>Has she been told of the sharing of {ref}?</source>
        <translation>هل أُبلغت بمشاركة {ref}؟</translation>
    </message>
    <message>
        <source>Has she been told?…</source>
        <translation>هل أُبلغت؟…</translation>
    </message>
    <message>
        <source>Yes, she was told on</source>
        <translation>نعم، أُبلغت في</translation>
    </message>
    <message>
        <source>Not yet: she will be told by</source>
        <translation>ليس بعد: سيبلغها</translation>
    </message>
    <message>
        <source>No: it would put her or others at risk</source>
        <translation>لا: سيعرّضها ذلك أو يعرّض غيرها للخطر</translation>
    </message>
    <message>
        <source>The day she was told of the sharing of {ref}</source>
        <translation>يوم إبلاغها بمشاركة {ref}</translation>
    </message>
    <message>
        <source>Who will tell her (a name or a role)</source>
        <translation>من سيخبرها (اسم أو صفة)</translation>
    </message>
    <message>
        <source>Who will tell her, or why not, for {ref}</source>
        <translation>من سيبلغها، أو لماذا لا، بالنسبة إلى {ref}</translation>
    </message>
    <message>
        <source>Why telling her would put her or others at risk</source>
        <translation>لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر</translation>
    </message>
    <message>
        <source>Choose why each case is shared without her consent: {cases}.</source>
        <translation>اختر سبب مشاركة كل حالة دون موافقتها: {cases}.</translation>
    </message>
    <message numerus="yes">
        <source>Say what makes it so for each case shared without her consent (at least %n character(s) each): {cases}.</source>
        <translation>
            <numerusform>بيّن ما يبرر ذلك لكل حالة تُشارك دون موافقتها (%n حرف على الأقل لكل منها): {cases}.</numerusform>
            <numerusform>بيّن ما يبرر ذلك لكل حالة تُشارك دون موافقتها (حرف واحد على الأقل لكل منها): {cases}.</numerusform>
            <numerusform>بيّن ما يبرر ذلك لكل حالة تُشارك دون موافقتها (حرفان على الأقل لكل منها): {cases}.</numerusform>
            <numerusform>بيّن ما يبرر ذلك لكل حالة تُشارك دون موافقتها (%n أحرف على الأقل لكل منها): {cases}.</numerusform>
            <numerusform>بيّن ما يبرر ذلك لكل حالة تُشارك دون موافقتها (%n حرفًا على الأقل لكل منها): {cases}.</numerusform>
            <numerusform>بيّن ما يبرر ذلك لكل حالة تُشارك دون موافقتها (%n حرف على الأقل لكل منها): {cases}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type or choose the day she was told: {cases}.</source>
        <translation>اكتب أو اختر يوم إبلاغها: {cases}.</translation>
    </message>
    <message>
        <source>The day she was told is not a date (e.g. 2026-12-02): {cases}.</source>
        <translation>يوم إبلاغها ليس تاريخًا (مثل 2026-12-02): {cases}.</translation>
    </message>
    <message>
        <source>{ref}, shared on {day}: “{answer}”</source>
        <translation>{ref}، شورك في {day}: «{answer}»</translation>
    </message>
    <message>
        <source>An earlier sharing said otherwise: {said}. Check the answers; to keep both, tick &quot;Export all the same&quot; and export again.</source>
        <translation>قالت مشاركة سابقة غير ذلك: {said}. تحقق من الإجابات؛ للاحتفاظ بالاثنتين، حدد «التصدير على أي حال» وصدّر مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SharingsPanel</name>
    <message>
        <source>Shared without her consent</source>
        <translation>تمت المشاركة دون موافقتها</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>تاريخ المشاركة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Went to</source>
        <translation>أُرسل إلى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>صاحب القرار</translation>
    </message>
    <message>
        <source>Has she been told?</source>
        <translation>هل أُبلغت؟</translation>
    </message>
    <message>
        <source>The sharing, and every answer</source>
        <translation>المشاركة، وكل إجابة</translation>
    </message>
    <message>
        <source>She has now been &amp;told…</source>
        <translation>أُبلغت ال&amp;آن…</translation>
    </message>
    <message>
        <source>Record the day she was told of the selected sharing</source>
        <translation>سجّل يوم إبلاغها بالمشاركة المختارة</translation>
    </message>
    <message>
        <source>Yes, told on {day}</source>
        <translation>نعم، أُبلغت في {day}</translation>
    </message>
    <message>
        <source>Not yet: {who} will tell her</source>
        <translation>ليس بعد: سيبلغها {who}</translation>
    </message>
    <message>
        <source>No: telling her would put her or others at risk ({why})</source>
        <translation>لا: إبلاغها يعرّضها أو يعرّض غيرها للخطر ({why})</translation>
    </message>
    <message>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <source>She was already told of the selected sharing.</source>
        <translation>سبق أن أُبلغت بالمشاركة المحددة.</translation>
    </message>
    <message>
        <source>{document}, shared on {day} by {who}.</source>
        <translation>{document}، شورك في {day} من قبل {who}.</translation>
    </message>
    <message>
        <source>For the case conference of {day}.</source>
        <translation>لمؤتمر الحالة بتاريخ {day}.</translation>
    </message>
    <message>
        <source>It went to: {agencies}.</source>
        <translation>أُرسل إلى: {agencies}.</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>السبب: {why}</translation>
    </message>
    <message>
        <source>Has she been told? Every answer, in order:</source>
        <translation>هل أُبلغت؟ كل إجابة، بالترتيب:</translation>
    </message>
    <message>
        <source>{when}, {who}: {answer}</source>
        <translation>{when}، {who}: {answer}</translation>
    </message>
    <message>
        <source>Choose a sharing first.</source>
        <translation>اختر مشاركة أولًا.</translation>
    </message>
    <message>
        <source>She was already told of that sharing.</source>
        <translation>سبق أن أُبلغت بهذه المشاركة.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The audit trail was tampered with</source>
        <translation>تم العبث بسجل التدقيق</translation>
    </message>
    <message>
        <source>Someone changed the audit trail outside OneStop. Until the administrator acknowledges it, this warning is shown at every sign-in of the administrator and the managers.</source>
        <translation>غيّر شخص ما سجل التدقيق خارج OneStop. إلى أن يقرّ المسؤول بذلك، يظهر هذا التحذير عند كل تسجيل دخول للمسؤول والمديرين.</translation>
    </message>
    <message>
        <source>Work still running</source>
        <translation>عمل لا يزال جاريًا</translation>
    </message>
    <message>
        <source>A backup, restore, check or export is still running. Wait for it to finish, or press its Cancel button, then sign out.</source>
        <translation>لا يزال نسخ احتياطي أو استعادة أو فحص أو تصدير قيد التشغيل. انتظري حتى ينتهي، أو اضغطي زر الإلغاء الخاص به، ثم سجّلي الخروج.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>تسجيل الخروج؟</translation>
    </message>
    <message>
        <source>You have unsaved work. Sign out and lose it?</source>
        <translation>لديك عمل غير محفوظ. تسجيل الخروج وفقدانه؟</translation>
    </message>
    <message>
        <source>Sign out and discard</source>
        <translation>تسجيل الخروج والتجاهل</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>البقاء متصلًا</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
</context>
<context>
    <name>ShelterBoardView</name>
    <message>
        <source>Occupancy</source>
        <translation>الإشغال</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>السرير</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Planned exit</source>
        <translation>المغادرة المقررة</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation>لوحة دار الإيواء</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;قبول…</translation>
    </message>
    <message>
        <source>&amp;Move to another bed…</source>
        <translation>ال&amp;نقل إلى سرير آخر…</translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation>إ&amp;خراج…</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>قائمة الانتظار</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <source>Add to the &amp;waiting list…</source>
        <translation>إضافة إلى قائمة الا&amp;نتظار…</translation>
    </message>
    <message>
        <source>Admit the &amp;selected…</source>
        <translation>قبول ال&amp;محددة…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list…</source>
        <translation>إ&amp;زالة من القائمة…</translation>
    </message>
    <message>
        <source>over the maximum stay</source>
        <translation>تجاوزت مدة الإقامة القصوى</translation>
    </message>
    <message>
        <source>maximum stay soon</source>
        <translation>مدة الإقامة القصوى قريبة</translation>
    </message>
    <message>
        <source>planned exit passed</source>
        <translation>انقضى موعد المغادرة المقرر</translation>
    </message>
    <message>
        <source>free</source>
        <translation>شاغر</translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n beds occupied now · this month: {rate:.0%} of bed-nights, </source>
        <translation>
            <numerusform>الأسرّة المشغولة الآن: {occupied} من %n · هذا الشهر: {rate:.0%} من ليالي الأسرّة، </numerusform>
            <numerusform>الأسرّة المشغولة الآن: {occupied} من %n · هذا الشهر: {rate:.0%} من ليالي الأسرّة، </numerusform>
            <numerusform>الأسرّة المشغولة الآن: {occupied} من %n · هذا الشهر: {rate:.0%} من ليالي الأسرّة، </numerusform>
            <numerusform>الأسرّة المشغولة الآن: {occupied} من %n · هذا الشهر: {rate:.0%} من ليالي الأسرّة، </numerusform>
            <numerusform>الأسرّة المشغولة الآن: {occupied} من %n · هذا الشهر: {rate:.0%} من ليالي الأسرّة، </numerusform>
            <numerusform>الأسرّة المشغولة الآن: {occupied} من %n · هذا الشهر: {rate:.0%} من ليالي الأسرّة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted, </source>
        <translation>
            <numerusform>القبول: %n، </numerusform>
            <numerusform>القبول: %n، </numerusform>
            <numerusform>القبول: %n، </numerusform>
            <numerusform>القبول: %n، </numerusform>
            <numerusform>القبول: %n، </numerusform>
            <numerusform>القبول: %n، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>المغادرة: %n</numerusform>
            <numerusform>المغادرة: %n</numerusform>
            <numerusform>المغادرة: %n</numerusform>
            <numerusform>المغادرة: %n</numerusform>
            <numerusform>المغادرة: %n</numerusform>
            <numerusform>المغادرة: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an occupied bed first.</source>
        <translation>اختر سريرًا مشغولًا أولًا.</translation>
    </message>
    <message>
        <source>Choose someone on the waiting list first.</source>
        <translation>اختر شخصًا من قائمة الانتظار أولًا.</translation>
    </message>
    <message>
        <source>Move to another bed</source>
        <translation>النقل إلى سرير آخر</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <comment>the bed she moves to</comment>
        <extracomment>Moving a resident to another bed: the bed she moves to (a place, not a date).</extracomment>
        <translation>إلى ال&amp;سرير</translation>
    </message>
    <message>
        <source>Discharge {ref}</source>
        <translation>إخراج {ref}</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>إخراج</translation>
    </message>
    <message>
        <source>e.g. her own home with a protection order; relatives; another shelter</source>
        <translation>مثال: منزلها مع أمر حماية؛ الأقارب؛ دار إيواء أخرى</translation>
    </message>
    <message>
        <source>&amp;Where she went</source>
        <translation>&amp;إلى أين ذهبت</translation>
    </message>
    <message>
        <source>Add to the waiting list</source>
        <translation>إضافة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>e.g. ground floor; a cot; near the children&apos;s school</source>
        <translation>مثال: الطابق الأرضي؛ سرير أطفال؛ قرب مدرسة الأطفال</translation>
    </message>
    <message>
        <source>Case &amp;reference</source>
        <translation>&amp;مرجع الحالة</translation>
    </message>
    <message>
        <source>&amp;Children with her</source>
        <translation>الأ&amp;طفال معها</translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation>الا&amp;حتياجات</translation>
    </message>
    <message>
        <source>Remove {ref} from the waiting list</source>
        <translation>إزالة {ref} من قائمة الانتظار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>e.g. placed elsewhere; no longer needed</source>
        <translation>مثال: أُسكنت في مكان آخر؛ لم تعد بحاجة</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;لماذا</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>Sealing older records</source>
        <translation>ختم السجلات القديمة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of OneStop on this workstation</source>
        <translation>لغة OneStop على هذا الجهاز</translation>
    </message>
    <message>
        <source>Type your user name and your password.</source>
        <translation>اكتب اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>جارٍ فتح الخزنة…</translation>
    </message>
    <message>
        <source>Upgrading the vault to this version. This happens once; it can take a minute.</source>
        <translation>جارٍ ترقية الخزنة إلى هذا الإصدار. يحدث هذا مرة واحدة وقد يستغرق دقيقة.</translation>
    </message>
    <message>
        <source>Sealing records written before this version under your keys. This happens once; it can take a minute.</source>
        <translation>جارٍ ختم السجلات المكتوبة قبل هذا الإصدار بمفاتيحك. يحدث هذا مرة واحدة وقد يستغرق دقيقة.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات فاشلة كثيرة. يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. يمكنك المحاولة مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. يمكنك المحاولة مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. يمكنك المحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات فاشلة كثيرة. يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>OneStop</source>
        <translation>OneStop</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Sign in to OneStop</source>
        <translation>تسجيل الدخول إلى OneStop</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة ال&amp;مرور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>مفتاح الأحرف الكبيرة مفعّل.</translation>
    </message>
    <message>
        <source>Caps Lock warning</source>
        <translation>تنبيه الأحرف الكبيرة</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>رسالة تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Imported from a register</source>
        <translation>مستورد من سجل</translation>
    </message>
    <message>
        <source>Case opened in the earlier register</source>
        <translation>فُتحت الحالة في السجل السابق</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فُتحت الحالة</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>أُغلقت الحالة</translation>
    </message>
    <message>
        <source>Incident entered in error: {type} ({context})</source>
        <translation>حادثة أُدخلت خطأً: {type} ({context})</translation>
    </message>
    <message>
        <source>Incident: {type} ({context})</source>
        <translation>حادثة: {type} ({context})</translation>
    </message>
    <message>
        <source>Consent given: {purpose}</source>
        <translation>أُعطيت الموافقة: {purpose}</translation>
    </message>
    <message>
        <source>Consent refused: {purpose}</source>
        <translation>رُفضت الموافقة: {purpose}</translation>
    </message>
    <message>
        <source>Consent withdrawn: {purpose}</source>
        <translation>سُحبت الموافقة: {purpose}</translation>
    </message>
    <message>
        <source>Shared without her consent: {document} (case conference of {day})</source>
        <translation>شورك دون موافقتها: {document} (مؤتمر الحالة بتاريخ {day})</translation>
    </message>
    <message>
        <source>Shared without her consent: {document}</source>
        <translation>شورك دون موافقتها: {document}</translation>
    </message>
    <message>
        <source>Told on {day} that the {document} of {shared} was shared</source>
        <translation>أُبلغت في {day} بمشاركة {document} بتاريخ {shared}</translation>
    </message>
    <message>
        <source>Health encounter entered in error</source>
        <translation>مراجعة صحية أُدخلت خطأً</translation>
    </message>
    <message>
        <source>Health encounter</source>
        <translation>مراجعة صحية</translation>
    </message>
    <message>
        <source>{treatment} (encounter entered in error)</source>
        <translation>{treatment} (مراجعة صحية أُدخلت خطأً)</translation>
    </message>
    <message>
        <source>Forensic examination</source>
        <translation>الفحص الطبي الشرعي</translation>
    </message>
    <message>
        <source>Specimen collected: {specimen}</source>
        <translation>جُمعت عينة: {specimen}</translation>
    </message>
    <message>
        <source>Specimen handed to {organisation}</source>
        <translation>سُلّمت العينة إلى {organisation}</translation>
    </message>
    <message>
        <source>Counselling session ({type})</source>
        <translation>جلسة إرشاد نفسي ({type})</translation>
    </message>
    <message>
        <source>Legal matter opened</source>
        <translation>فُتح ملف قانوني</translation>
    </message>
    <message>
        <source>Hearing at {court}</source>
        <translation>جلسة في {court}</translation>
    </message>
    <message>
        <source>Order issued: {order}</source>
        <translation>صدر أمر: {order}</translation>
    </message>
    <message>
        <source>Order expires: {order}</source>
        <translation>ينتهي الأمر: {order}</translation>
    </message>
    <message>
        <source>Admitted to shelter</source>
        <translation>أُدخلت دار الإيواء</translation>
    </message>
    <message>
        <source>Left the shelter</source>
        <translation>غادرت دار الإيواء</translation>
    </message>
    <message>
        <source>Referred to {agency}</source>
        <translation>أُحيلت إلى {agency}</translation>
    </message>
    <message>
        <source>Referral answered by {agency}: {status}</source>
        <translation>رد {agency} على الإحالة: {status}</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>تم: {title}</translation>
    </message>
    <message>
        <source>Due: {title}</source>
        <translation>مستحق: {title}</translation>
    </message>
</context>
<context>
    <name>ToldChoices</name>
    <message>
        <source>Has she been told of this sharing?</source>
        <translation>هل أُبلغت بهذه المشاركة؟</translation>
    </message>
    <message>
        <source>&amp;Yes, she was told on</source>
        <translation>&amp;نعم، أُبلغت في</translation>
    </message>
    <message>
        <source>The day she was told</source>
        <translation>يوم إبلاغها</translation>
    </message>
    <message>
        <source>No&amp;t yet: she will be told by</source>
        <translation>ليس &amp;بعد: سيبلغها</translation>
    </message>
    <message>
        <source>Who will tell her</source>
        <translation>من سيبلغها</translation>
    </message>
    <message>
        <source>Who will tell her (a name or a role)</source>
        <translation>من سيخبرها (اسم أو صفة)</translation>
    </message>
    <message>
        <source>&amp;No: telling her would put her or others at risk, because</source>
        <translation>&amp;لا: إبلاغها يعرّضها أو يعرّض غيرها للخطر، لأن</translation>
    </message>
    <message>
        <source>Why telling her would put her or others at risk</source>
        <translation>لماذا يعرّضها إبلاغها أو يعرّض غيرها للخطر</translation>
    </message>
</context>
<context>
    <name>WaitingNotice</name>
    <message>
        <source>Your account is waiting for a colleague to confirm it</source>
        <translation>حسابك ينتظر أن يؤكده زميل</translation>
    </message>
    <message>
        <source>Until a colleague who already reads them confirms you, these records stay closed to you: {sections}. Ask them in person; when they sign in, OneStop asks them to type your fingerprint. Read it aloud to them:</source>
        <translation>إلى أن يؤكدك زميل يقرؤها بالفعل، تبقى هذه السجلات مغلقة أمامك: {sections}. اطلب منه ذلك شخصيًا؛ عند تسجيل دخوله يطلب منه OneStop كتابة بصمتك. اقرأها له بصوت عالٍ:</translation>
    </message>
    <message>
        <source>Waiting sections</source>
        <translation>الأقسام المنتظرة</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>بصمتك</translation>
    </message>
    <message>
        <source>Once you are confirmed, sign out and in again to open the records.</source>
        <translation>بعد تأكيدك، سجّل الخروج ثم الدخول مجددًا لفتح السجلات.</translation>
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
        <translation>إ&amp;خفاء الشاشة (F12)</translation>
    </message>
    <message>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>إ&amp;قفال (Ctrl+L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>اجتماعات تنسيق الحالة</translation>
    </message>
    <message>
        <source>Shelter board</source>
        <translation>لوحة دار الإيواء</translation>
    </message>
    <message>
        <source>Referral network</source>
        <translation>شبكة الإحالة</translation>
    </message>
    <message>
        <source>Break-glass review</source>
        <translation>مراجعة الوصول الطارئ</translation>
    </message>
    <message>
        <source>Import register</source>
        <translation>استيراد سجل</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Times are in {zone}</source>
        <translation>الأوقات بتوقيت {zone}</translation>
    </message>
    <message>
        <source>Times on screen are in {zone}; documents print in {centre}</source>
        <translation>الأوقات على الشاشة بتوقيت {zone}؛ والمستندات تُطبع بتوقيت {centre}</translation>
    </message>
    <message>
        <source>Close the file?</source>
        <translation>إغلاق الملف؟</translation>
    </message>
    <message>
        <source>There is unsaved work in this file. Close it and lose that work?</source>
        <translation>يوجد عمل غير محفوظ في هذا الملف. إغلاقه وفقدان ذلك العمل؟</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>الإغلاق والتجاهل</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>إبقاؤه مفتوحًا</translation>
    </message>
    <message>
        <source>Unsaved work restored</source>
        <translation>استُعيد العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>The screen was locked while you had unsaved work. It is open again where you left it: save it or discard it.</source>
        <translation>قُفلت الشاشة وكان لديك عمل غير محفوظ. أُعيد فتحه حيث تركته: احفظه أو تجاهله.</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>الوقت غير معروف</translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation>بين {start} و{end}</translation>
    </message>
</context>
</TS>
