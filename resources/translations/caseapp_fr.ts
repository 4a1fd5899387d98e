<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>Accounts</name>
    <message>
        <source>1 to 64 characters: letters a-z, digits and . _ - (starting with a letter or digit); kept in lower case</source>
        <translation>1 à 64 caractères : lettres a-z, chiffres et . _ - (commençant par une lettre ou un chiffre); conservé en minuscules</translation>
    </message>
    <message>
        <source>a login name is {rule}</source>
        <extracomment>what an account&apos;s change changes: the accounts, and the audit log that records it</extracomment>
        <translation>un nom d&apos;utilisateur compte {rule}</translation>
    </message>
    <message>
        <source>a password needs at least {count} characters</source>
        <translation>un mot de passe compte au moins {count} caractères</translation>
    </message>
    <message>
        <source>a password cannot start or end with spaces</source>
        <translation>un mot de passe ne peut ni commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>that password is too easy to guess{reason}: use three or four unrelated words, not your name, login or badge</source>
        <translation>ce mot de passe est trop facile à deviner{reason} : utilisez trois ou quatre mots sans lien entre eux, et non votre nom, votre nom d&apos;utilisateur ou votre matricule</translation>
    </message>
    <message>
        <source>there is no account {login}: {what} is refused</source>
        <translation>il n&apos;existe aucun compte {login} : {what} est refusé</translation>
    </message>
    <message>
        <source>the account {login} is deactivated: {what} is refused</source>
        <translation>le compte {login} est désactivé : {what} est refusé</translation>
    </message>
    <message>
        <source>the account {login} is locked after failed logins: {what} is refused until an admin unlocks it or the lock ends</source>
        <translation>le compte {login} est verrouillé après des connexions échouées : {what} est refusé jusqu&apos;à ce qu&apos;un administrateur le déverrouille ou que le verrouillage prenne fin</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{what} needs the {needed} role ({login} is {role})</source>
        <translation>{what} exige le rôle {needed} ({login} a le rôle {role})</translation>
    </message>
    <message>
        <source>the signing key on record for {login} does not come from this password: the account was changed outside the application; ask an admin to run verify</source>
        <translation>la clé de signature enregistrée pour {login} ne provient pas de ce mot de passe : le compte a été modifié hors de l&apos;application; demandez à un administrateur de lancer la vérification</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>badge</source>
        <translation>matricule</translation>
    </message>
    <message>
        <source>the first admin exists already; an admin adds users with &apos;user add&apos;</source>
        <translation>le premier administrateur existe déjà; un administrateur ajoute les utilisateurs avec « user add »</translation>
    </message>
    <message>
        <source>wrong login name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe erroné</translation>
    </message>
    <message>
        <source>the account changed while signing in (a new password?); try again</source>
        <translation>le compte a changé pendant la connexion (un nouveau mot de passe?); réessayez</translation>
    </message>
    <message>
        <source>wrong login name or password (the disk is full: the failure is not counted)</source>
        <translation>nom d&apos;utilisateur ou mot de passe erroné (le disque est plein : l&apos;échec n&apos;est pas compté)</translation>
    </message>
    <message>
        <source>the account {login} is deactivated</source>
        <translation>le compte {login} est désactivé</translation>
    </message>
    <message>
        <source>the account {login} is locked after {count} failed logins; try again after {moment} UTC, or ask an admin to unlock it</source>
        <translation>le compte {login} est verrouillé après {count} connexions échouées; réessayez après {moment} UTC, ou demandez à un administrateur de le déverrouiller</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role (officer, supervisor, admin)</source>
        <translation>« {role} » n&apos;est pas un rôle (officer, supervisor, admin)</translation>
    </message>
    <message>
        <source>the login {login} is taken (users are deactivated, never deleted)</source>
        <translation>le nom d&apos;utilisateur {login} est déjà pris (les utilisateurs sont désactivés, jamais supprimés)</translation>
    </message>
    <message>
        <source>{login} is already deactivated</source>
        <translation>{login} est déjà désactivé</translation>
    </message>
    <message>
        <source>{login} is the last active admin</source>
        <translation>{login} est le dernier administrateur actif</translation>
    </message>
    <message>
        <source>{login} is not locked</source>
        <translation>{login} n&apos;est pas verrouillé</translation>
    </message>
    <message>
        <source>the account {login} changed meanwhile (a new password?); try again</source>
        <translation>le compte {login} a changé entre-temps (un nouveau mot de passe?); réessayez</translation>
    </message>
    <message>
        <source>{login} is not signed in here with their current key: sign in again</source>
        <translation>{login} n&apos;est pas connecté ici avec sa clé actuelle : reconnectez-vous</translation>
    </message>
    <message>
        <source>a {what} is one line of at most 120 characters, without control or direction-override characters</source>
        <translation>le champ « {what} » tient sur une ligne d&apos;au plus 120 caractères, sans caractère de contrôle ni de changement de sens d&apos;écriture</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Login</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Matricule</translation>
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
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Déverro&amp;uiller</translation>
    </message>
    <message>
        <source>Account action refused</source>
        <translation>Action sur le compte refusée</translation>
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
        <source>until {moment} UTC</source>
        <translation>jusqu&apos;à {moment} UTC</translation>
    </message>
    <message>
        <source>{n} failed login in a row</source>
        <translation>{n} connexion échouée d&apos;affilée</translation>
    </message>
    <message>
        <source>{n} failed logins in a row</source>
        <translation>{n} connexions échouées d&apos;affilée</translation>
    </message>
    <message>
        <source>Accounts — {done}</source>
        <translation>Comptes — {done}</translation>
    </message>
    <message>
        <source>added {login}</source>
        <translation>{login} ajouté</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate {login} ({name})? They can no longer log in, and a window they have open can no longer change anything. Accounts are never deleted.</source>
        <translation>Désactiver {login} ({name})? Cette personne ne pourra plus se connecter, et une fenêtre qu&apos;elle a ouverte ne pourra plus rien modifier. Les comptes ne sont jamais supprimés.</translation>
    </message>
    <message>
        <source>deactivated {login}</source>
        <translation>{login} désactivé</translation>
    </message>
    <message>
        <source>new password for {login}</source>
        <translation>nouveau mot de passe pour {login}</translation>
    </message>
    <message>
        <source>unlocked {login}</source>
        <translation>{login} déverrouillé</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>e.g. olga.nowak</source>
        <translation>p. ex. olga.nowak</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>as printed on reports</source>
        <translation>tel qu&apos;imprimé sur les rapports</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>&amp;Matricule :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Problem with the new account</source>
        <translation>Problème avec le nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>A&amp;jouter l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>Agency settings saved</source>
        <translation>Paramètres de l&apos;organisme enregistrés</translation>
    </message>
    <message>
        <source>Evidence room settings saved</source>
        <translation>Paramètres de la salle des pièces enregistrés</translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>2 to 12 letters A-Z or digits</source>
        <translation>2 à 12 lettres A-Z ou chiffres</translation>
    </message>
    <message>
        <source>the agency code &apos;{code}&apos; is not {rule} (it is printed in case numbers, e.g. CBSA)</source>
        <translation>le code d&apos;organisme « {code} » ne compte pas {rule} (il est imprimé dans les numéros de dossier, p. ex. ASFC)</translation>
    </message>
    <message>
        <source>the agency name is at most {count} printable characters</source>
        <translation>le nom de l&apos;organisme compte au plus {count} caractères imprimables</translation>
    </message>
    <message>
        <source>unknown time zone &apos;{zone}&apos; (use an IANA name like Europe/Paris)</source>
        <translation>fuseau horaire inconnu « {zone} » (utilisez un nom IANA comme America/Montreal)</translation>
    </message>
</context>
<context>
    <name>AgencySettingsDialog</name>
    <message>
        <source>Agency settings</source>
        <translation>Paramètres de l&apos;organisme</translation>
    </message>
    <message>
        <source>Agency name</source>
        <translation>Nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>e.g. Canada Border Services Agency</source>
        <translation>p. ex. Agence des services frontaliers du Canada</translation>
    </message>
    <message>
        <source>Agency code</source>
        <translation>Code de l&apos;organisme</translation>
    </message>
    <message>
        <source>e.g. CBSA</source>
        <translation>p. ex. ASFC</translation>
    </message>
    <message>
        <source>{rule}, printed in new case numbers (CODE-YYYY-NNNNNN)</source>
        <translation>{rule}, imprimé dans les nouveaux numéros de dossier (CODE-AAAA-NNNNNN)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>type a city, e.g. Toronto</source>
        <translation>tapez une ville, p. ex. Montreal</translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nom de l&apos;organisme :</translation>
    </message>
    <message>
        <source>Agency co&amp;de:</source>
        <translation>&amp;Code de l&apos;organisme :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>The code is printed in new case numbers; numbers already given keep theirs. The time zone decides what &quot;today&quot; is: seizure dates after it are refused as in the future.</source>
        <translation>Le code est imprimé dans les nouveaux numéros de dossier; les numéros déjà attribués gardent le leur. Le fuseau horaire décide de ce qu&apos;est « aujourd&apos;hui » : une date de saisie postérieure est refusée comme future.</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problème avec les paramètres</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source> (demo data)</source>
        <translation> (données de démonstration)</translation>
    </message>
    <message>
        <source>Demo logins: {logins} — password: {password}</source>
        <translation>Comptes de démonstration : {logins} — mot de passe : {password}</translation>
    </message>
    <message>
        <source>The database cannot be opened:</source>
        <translation>La base de données ne peut pas être ouverte :</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{shown} is a symbolic link; attach the file itself</source>
        <translation>{shown} est un lien symbolique; joignez le fichier lui-même</translation>
    </message>
    <message>
        <source>{shown} does not exist</source>
        <translation>{shown} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{shown} is a folder; attach a file</source>
        <translation>{shown} est un dossier de fichiers; joignez un fichier</translation>
    </message>
    <message>
        <source>cannot read {shown}: {error}</source>
        <translation>impossible de lire {shown} : {error}</translation>
    </message>
    <message>
        <source>{shown} is not a regular file (a device, pipe or socket)</source>
        <translation>{shown} n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
        <source>{shown} is {st_size} bytes; an attachment is at most {max_attachment_bytes:g} MB</source>
        <translation>{shown} fait {st_size} octets; une pièce jointe fait au plus {max_attachment_bytes:g} Mo</translation>
    </message>
    <message>
        <source>{shown} is not an ordinary file (it holds more than its size of {st_size} bytes, or grew while it was read)</source>
        <translation>{shown} n&apos;est pas un fichier ordinaire (il contient plus que sa taille de {st_size} octets, ou il a grandi pendant la lecture)</translation>
    </message>
    <message>
        <source>{shown} is empty; nothing to attach</source>
        <translation>{shown} est vide; rien à joindre</translation>
    </message>
    <message>
        <source>case {case_number} has no exhibit {wanted}</source>
        <translation>le dossier {case_number} n&apos;a pas de pièce {wanted}</translation>
    </message>
    <message>
        <source>no attachment {attachment_id}</source>
        <translation>aucune pièce jointe {attachment_id}</translation>
    </message>
    <message>
        <source>attachment {attachment_id} ({file_name}) of case {case_number} no longer matches its SHA-256: the stored bytes were changed; run verify</source>
        <translation>la pièce jointe {attachment_id} ({file_name}) du dossier {case_number} ne correspond plus à son SHA-256 : les octets enregistrés ont été modifiés; lancez la vérification</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {error}</source>
        <translation>impossible de créer le dossier de fichiers {folder} : {error}</translation>
    </message>
    <message>
        <source>cannot write {target}: {error}</source>
        <translation>impossible d&apos;écrire {target} : {error}</translation>
    </message>
    <message>
        <source>the folder {folder} already holds 999 copies of {name}</source>
        <translation>le dossier de fichiers {folder} contient déjà 999 copies de {name}</translation>
    </message>
    <message>
        <source>only {added_by} or a supervisor removes attachment {id}</source>
        <translation>seul {added_by} ou un superviseur peut retirer la pièce jointe {id}</translation>
    </message>
    <message>
        <source>removing an attachment needs a reason</source>
        <translation>le retrait d&apos;une pièce jointe exige un motif</translation>
    </message>
    <message>
        <source>attachment {attachment_id} was removed already, by {removed_by} on {removed_at}</source>
        <translation>la pièce jointe {attachment_id} a déjà été retirée, par {removed_by} le {removed_at}</translation>
    </message>
    <message>
        <source>attachment {attachment_id} was removed already</source>
        <translation>la pièce jointe {attachment_id} a déjà été retirée</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>attachments</source>
        <translation>pièces jointes</translation>
    </message>
    <message>
        <source>attach to</source>
        <translation>joindre à</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Attach to</source>
        <translation>Joindre à</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>exhibit {number}</source>
        <translation>pièce {number}</translation>
    </message>
    <message>
        <source>Photos and scanned forms can be attached once the case is saved.</source>
        <translation>Des photos et des formulaires numérisés peuvent être joints une fois le dossier enregistré.</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Aucune pièce jointe pour l&apos;instant.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>{type}, {bytes}
SHA-256 {sha256}
added by {login} at {at}</source>
        <translation>{type}, {bytes}
SHA-256 {sha256}
ajoutée par {login} le {at}</translation>
    </message>
    <message>
        <source>{n} byte</source>
        <translation>{n} octet</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Images and documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Images et documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Non jointe</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Non retirée</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>modifié après approbation</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>pièce jointe retirée</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
    <message>
        <source>substance added</source>
        <translation>substance ajoutée</translation>
    </message>
    <message>
        <source>hand-over package made</source>
        <translation>dossier de remise préparé</translation>
    </message>
    <message>
        <source>received in a hand-over package</source>
        <translation>reçu dans un dossier de remise</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>custody: {event}</source>
        <translation>continuité : {event}</translation>
    </message>
    <message>
        <source>exhibit</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>held by {holder}</source>
        <translation>détenue par {holder}</translation>
    </message>
    <message>
        <source>at {location}</source>
        <translation>à {location}</translation>
    </message>
    <message>
        <source>exhibit {number} event #{seq}</source>
        <translation>pièce {number}, événement n° {seq}</translation>
    </message>
    <message>
        <source>attachment {id}</source>
        <translation>pièce jointe {id}</translation>
    </message>
    <message>
        <source>exhibit {number}</source>
        <translation>pièce {number}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif : {reason}</translation>
    </message>
    <message>
        <source>{n} exhibit</source>
        <translation>{n} pièce</translation>
    </message>
    <message>
        <source>{n} exhibits</source>
        <translation>{n} pièces</translation>
    </message>
    <message>
        <source>and {n} more field</source>
        <translation>et {n} autre champ</translation>
    </message>
    <message>
        <source>and {n} more fields</source>
        <translation>et {n} autres champs</translation>
    </message>
    <message>
        <source>no field changed</source>
        <translation>aucun champ changé</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Piste de vérification</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <source>No audit entries</source>
        <translation>Aucune entrée de vérification</translation>
    </message>
    <message>
        <source>Chain hash of the selected entry</source>
        <translation>Empreinte de chaîne de l&apos;entrée choisie</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Quand ({zone})</translation>
    </message>
    <message>
        <source>Entry {id}, stored {at} (UTC)</source>
        <translation>Entrée {id}, enregistrée le {at} (UTC)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(système)</translation>
    </message>
    <message>
        <source>Save the case to start its audit trail.</source>
        <translation>Enregistrez le dossier pour commencer sa piste de vérification.</translation>
    </message>
    <message>
        <source>No audit entries name this case: an imported case is logged under the import of its file.</source>
        <translation>Aucune entrée de vérification ne nomme ce dossier : un dossier importé est consigné sous l&apos;importation de son fichier.</translation>
    </message>
    <message>
        <source>Entry {id} · chain hash {hash}…</source>
        <translation>Entrée {id} · empreinte de chaîne {hash}…</translation>
    </message>
    <message>
        <source>Full chain hash: {hash}
Check it later with caseapp-cli verify --anchor {hash}</source>
        <translation>Empreinte de chaîne complète : {hash}
Vérifiez-la plus tard avec caseapp-cli verify --anchor {hash}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>an in-memory database has no file to back up</source>
        <translation>une base de données en mémoire n&apos;a pas de fichier à sauvegarder</translation>
    </message>
    <message>
        <source>{target} exists already; choose another name</source>
        <translation>{target} existe déjà; choisissez un autre nom</translation>
    </message>
    <message>
        <source>cannot back up to {target}: the folder {folder} does not exist</source>
        <translation>impossible de sauvegarder dans {target} : le dossier de fichiers {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {error}</source>
        <translation>impossible d&apos;écrire dans {folder} : {error}</translation>
    </message>
    <message>
        <source>the copy failed SQLite&apos;s check ({integrity}); nothing was kept</source>
        <translation>la copie a échoué à la vérification de SQLite ({integrity}); rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>cannot write {target}: {error}</source>
        <translation>impossible d&apos;écrire {target} : {error}</translation>
    </message>
    <message>
        <source>the backup {target} is written, but not its record {sidecar_of}: {error}</source>
        <translation>la sauvegarde {target} est écrite, mais pas sa fiche {sidecar_of} : {error}</translation>
    </message>
    <message>
        <source>it has no backup record ({name} is missing)</source>
        <translation>elle n&apos;a pas de fiche de sauvegarde ({name} est absente)</translation>
    </message>
    <message>
        <source>its backup record {name} is not readable JSON</source>
        <translation>sa fiche de sauvegarde {name} n&apos;est pas du JSON lisible</translation>
    </message>
    <message>
        <source>its backup record {name} is not a record (a JSON {type})</source>
        <translation>sa fiche de sauvegarde {name} n&apos;est pas une fiche (un {type} JSON)</translation>
    </message>
    <message>
        <source>its backup record {name} has no valid {key}</source>
        <translation>sa fiche de sauvegarde {name} n&apos;a pas de {key} valide</translation>
    </message>
    <message>
        <source>{source} is refused: it is {size} bytes, its backup record says {size2}</source>
        <translation>{source} est refusé : il fait {size} octets, sa fiche de sauvegarde indique {size2}</translation>
    </message>
    <message>
        <source>{source} is refused: its content does not match the SHA-256 in its backup record (file {digest}..., record {sha256}...)</source>
        <translation>{source} est refusé : son contenu ne correspond pas au SHA-256 de sa fiche de sauvegarde (fichier {digest}..., fiche {sha256}...)</translation>
    </message>
    <message>
        <source>{source} is refused: the chain hash in its backup record {where} (entries were cut or added after the backup)</source>
        <translation>{source} est refusé : l&apos;empreinte de chaîne de sa fiche de sauvegarde {where} (des entrées ont été retranchées ou ajoutées après la sauvegarde)</translation>
    </message>
    <message>
        <source>{source} is refused: it holds {cases} cases, its backup record says {cases2}</source>
        <translation>{source} est refusé : il contient {cases} dossiers, sa fiche de sauvegarde indique {cases2}</translation>
    </message>
    <message>
        <source>{source} is not a file</source>
        <translation>{source} n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>{source} is refused: {error}</source>
        <translation>{source} est refusé : {error}</translation>
    </message>
    <message>
        <source>{source} is refused: it is not a caseapp database</source>
        <translation>{source} est refusé : ce n&apos;est pas une base de données caseapp</translation>
    </message>
    <message>
        <source>{name} cannot be checked against its backup record: {error}. Without it nothing shows whether its newest entries were cut. Restore it only if you know where it comes from (--without-record).</source>
        <translation>{name} ne peut pas être vérifié contre sa fiche de sauvegarde : {error}. Sans elle, rien ne montre si ses entrées les plus récentes ont été retranchées. Ne la restaurez que si vous savez d&apos;où elle vient (--without-record).</translation>
    </message>
    <message>
        <source>{source} is refused: {problems}</source>
        <translation>{source} est refusé : {problems}</translation>
    </message>
    <message>
        <source>{name} is not a backup of this agency&apos;s database as it is now: it is of {describe}; this database is of {describe2}. Restoring it replaces the agency, its admins and every account&apos;s role (--other-agency).</source>
        <translation>{name} n&apos;est pas une sauvegarde de la base de données de cet organisme telle qu&apos;elle est maintenant : elle est de {describe}; cette base de données est de {describe2}. La restaurer remplace l&apos;organisme, ses administrateurs et le rôle de chaque compte (--other-agency).</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>a file named &quot;{name}&quot; is not one a package holds (a path outside the package, or a name of another form)</source>
        <translation>un fichier nommé « {name} » n&apos;est pas de ceux que contient un dossier de remise (un chemin hors du dossier, ou un nom d&apos;une autre forme)</translation>
    </message>
    <message>
        <source>manifest.json is larger than a manifest can be</source>
        <translation>manifest.json est plus volumineux que ne peut l&apos;être un manifeste</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: it was edited</source>
        <translation>manifest.json n&apos;est pas du JSON valide : il a été modifié</translation>
    </message>
    <message>
        <source>manifest.json is not a hand-over package&apos;s manifest</source>
        <translation>manifest.json n&apos;est pas le manifeste d&apos;un dossier de remise</translation>
    </message>
    <message>
        <source>manifest.json has version {version}; this application reads version {ours}</source>
        <translation>manifest.json est de version {version}; cette application lit la version {ours}</translation>
    </message>
    <message>
        <source>manifest.json is not in the form a package&apos;s manifest has: it was edited</source>
        <translation>manifest.json n&apos;a pas la forme du manifeste d&apos;un dossier de remise : il a été modifié</translation>
    </message>
    <message>
        <source>manifest.json has no list of files: it was edited</source>
        <translation>manifest.json n&apos;a pas de liste de fichiers : il a été modifié</translation>
    </message>
    <message>
        <source>manifest.json lists a file in a form it never has: it was edited</source>
        <translation>manifest.json décrit un fichier sous une forme qu&apos;il n&apos;a jamais : il a été modifié</translation>
    </message>
    <message>
        <source>the manifest&apos;s signature is not in its form</source>
        <translation>la signature du manifeste n&apos;a pas sa forme</translation>
    </message>
    <message>
        <source>the manifest&apos;s signature does not match it: the manifest was edited or signed with another key</source>
        <translation>la signature du manifeste ne lui correspond pas : le manifeste a été modifié ou signé avec une autre clé</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <source>{path}: not a hand-over package (not a ZIP file: {error})</source>
        <translation>{path} : pas un dossier de remise (pas un fichier ZIP : {error})</translation>
    </message>
    <message>
        <source>the ZIP holds {count} files, more than a package can</source>
        <translation>le ZIP contient {count} fichiers, plus que n&apos;en peut contenir un dossier de remise</translation>
    </message>
    <message>
        <source>the ZIP is damaged: {error}</source>
        <translation>le ZIP est endommagé : {error}</translation>
    </message>
    <message>
        <source>a file of the package cannot be read: {error}</source>
        <translation>un fichier du dossier de remise ne peut être lu : {error}</translation>
    </message>
    <message>
        <source>{name} is in the ZIP twice</source>
        <translation>{name} figure deux fois dans le ZIP</translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation>manifest.json est absent</translation>
    </message>
    <message>
        <source>{name} was removed</source>
        <translation>{name} a été retiré</translation>
    </message>
    <message>
        <source>the files listed are larger than a package can be</source>
        <translation>les fichiers décrits sont plus volumineux que ne peut l&apos;être un dossier de remise</translation>
    </message>
    <message>
        <source>{name} was altered (its size is {size} bytes, not {listed})</source>
        <translation>{name} a été modifié (sa taille est de {size} octets, et non {listed})</translation>
    </message>
    <message>
        <source>{name} was altered (it holds more than {listed} bytes)</source>
        <translation>{name} a été modifié (il contient plus de {listed} octets)</translation>
    </message>
    <message>
        <source>{name} was altered (its checksum fails)</source>
        <translation>{name} a été modifié (sa somme de contrôle échoue)</translation>
    </message>
    <message>
        <source>{name} was altered (its SHA-256 is not the manifest&apos;s)</source>
        <translation>{name} a été modifié (son SHA-256 n&apos;est pas celui du manifeste)</translation>
    </message>
    <message>
        <source>{name} was added</source>
        <translation>{name} a été ajouté</translation>
    </message>
    <message>
        <source>{name} is not in the package</source>
        <translation>{name} n&apos;est pas dans le dossier de remise</translation>
    </message>
    <message>
        <source>{name} was altered</source>
        <translation>{name} a été modifié</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>impossible d&apos;écrire {path} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path} : {error}</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>{name} of the package is not valid JSON</source>
        <translation>{name} du dossier de remise n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>{name} of the package is not in its form</source>
        <translation>{name} du dossier de remise n&apos;a pas sa forme</translation>
    </message>
    <message>
        <source>case.json of the package does not hold exactly one case</source>
        <translation>case.json du dossier de remise ne contient pas exactement un dossier</translation>
    </message>
    <message>
        <source>case.json: {problems}</source>
        <translation>case.json : {problems}</translation>
    </message>
    <message>
        <source>case.json: the case has no case number</source>
        <translation>case.json : le dossier n&apos;a pas de numéro</translation>
    </message>
    <message>
        <source>case {number} cannot be imported: {problems}</source>
        <translation>le dossier {number} ne peut être importé : {problems}</translation>
    </message>
    <message>
        <source>case {number} is {status} at the sending agency: only a supervisor imports a reviewed case</source>
        <translation>le dossier {number} a l&apos;état « {status} » à l&apos;organisme expéditeur : seul un superviseur importe un dossier déjà examiné</translation>
    </message>
    <message>
        <source>custody.json: an event of exhibit {number} is not in its form</source>
        <translation>custody.json : un événement de la pièce {number} n&apos;a pas sa forme</translation>
    </message>
    <message>
        <source>custody.json of the package is not in its form</source>
        <translation>custody.json du dossier de remise n&apos;a pas sa forme</translation>
    </message>
    <message>
        <source>custody.json names exhibit {number}, which the case does not hold once</source>
        <translation>custody.json nomme la pièce {number}, que le dossier ne contient pas une seule fois</translation>
    </message>
    <message>
        <source>the custody history of exhibit {number} does not hold together: {error}</source>
        <translation>l&apos;historique de continuité de la pièce {number} n&apos;est pas cohérent : {error}</translation>
    </message>
    <message>
        <source>attachments.json of the package is not in its form</source>
        <translation>attachments.json du dossier de remise n&apos;a pas sa forme</translation>
    </message>
    <message>
        <source>{name}: its SHA-256 is not the one the sender recorded</source>
        <translation>{name} : son SHA-256 n&apos;est pas celui qu&apos;a consigné l&apos;expéditeur</translation>
    </message>
    <message>
        <source>{name} belongs to exhibit {number}, which the case does not hold</source>
        <translation>{name} appartient à la pièce {number}, que le dossier ne contient pas</translation>
    </message>
    <message>
        <source>case.json holds case {number}, but the manifest names case {named}</source>
        <translation>case.json contient le dossier {number}, mais le manifeste nomme le dossier {named}</translation>
    </message>
    <message>
        <source>the sending agency</source>
        <translation>l&apos;organisme expéditeur</translation>
    </message>
    <message>
        <source>hand-over package of case {number}</source>
        <translation>dossier de remise du dossier {number}</translation>
    </message>
    <message>
        <source>exhibit {number} cannot be received: {error}</source>
        <translation>la pièce {number} ne peut être reçue : {error}</translation>
    </message>
    <message>
        <source>removed at {agency} on {at} by {by}: {reason}</source>
        <translation>retiré à {agency} le {at} par {by} : {reason}</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <extracomment>validation field suffix of a person -&gt; its column</extracomment>
        <translation>le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>new case — numbered when saved</source>
        <translation>nouveau dossier — numéroté à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM — type it</source>
        <translation>AAAA-MM-JJ HH:MM — tapez-la</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>pick the seizure date</source>
        <translation>choisir la date de la saisie</translation>
    </message>
    <message>
        <source>Seized &amp;on</source>
        <translation>Saisi &amp;le</translation>
    </message>
    <message>
        <source>seized on</source>
        <translation>saisi le</translation>
    </message>
    <message>
        <source>local time, {zone}</source>
        <translation>heure locale, {zone}</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Off&amp;icers</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <source>names separated by ;</source>
        <translation>noms séparés par ;</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place &amp;name</source>
        <translation>&amp;Nom du lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Moyen utilisé</translation>
    </message>
    <message>
        <source>flight, vehicle plate, vessel, tracking number</source>
        <translation>vol, plaque du véhicule, navire, numéro de suivi</translation>
    </message>
    <message>
        <source>Conceal&amp;ment</source>
        <translation>Dissi&amp;mulation</translation>
    </message>
    <message>
        <source>Concealed in</source>
        <translation>Dissimulé dans</translation>
    </message>
    <message>
        <source>Ori&amp;gin</source>
        <translation>O&amp;rigine</translation>
    </message>
    <message>
        <source>Depa&amp;rture</source>
        <translation>Dé&amp;part</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>De&amp;stination</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>Pièces à &amp;conviction</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>role: {roles}; date of birth YYYY-MM-DD; nationality a country name or code</source>
        <translation>rôle : {roles}; date de naissance AAAA-MM-JJ; nationalité : un nom ou un code de pays</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>A&amp;jouter une personne</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Narrati&amp;ve</source>
        <translation>E&amp;xposé des faits</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>exposé des faits</translation>
    </message>
    <message>
        <source>What happened, in the officer&apos;s words</source>
        <translation>Ce qui s&apos;est passé, dans les mots de l&apos;agent</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <source>{n} custody event</source>
        <translation>{n} événement de continuité</translation>
    </message>
    <message>
        <source>{n} custody events</source>
        <translation>{n} événements de continuité</translation>
    </message>
    <message>
        <source>{n} attachment</source>
        <translation>{n} pièce jointe</translation>
    </message>
    <message>
        <source>{n} attachments</source>
        <translation>{n} pièces jointes</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <source>{n} error to fix before saving</source>
        <translation>{n} erreur à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>{n} errors to fix before saving</source>
        <translation>{n} erreurs à corriger avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Exhibit {number} has {ties}: it stays in the case, so its custody record and files keep pointing at it. Correct the exhibit&apos;s details instead.</source>
        <translation>La pièce {number} a {ties} : elle reste dans le dossier, pour que sa continuité et ses fichiers continuent d&apos;y renvoyer. Corrigez plutôt les détails de la pièce.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{warnings}: the case can be saved</source>
        <translation>{warnings} : le dossier peut être enregistré</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Dissimulation</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Exposé des faits</translation>
    </message>
    <message>
        <source>number</source>
        <extracomment>the fields of an exhibit and of a person, as a problem names them after &quot;Exhibit 2&quot; or &quot;Person 1&quot;</extracomment>
        <translation>numéro</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>substance</source>
        <translation>substance</translation>
    </message>
    <message>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>gross or net</source>
        <translation>brut ou net</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>colis</translation>
    </message>
    <message>
        <source>packaging</source>
        <translation>emballage</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>field test</source>
        <translation>test sur le terrain</translation>
    </message>
    <message>
        <source>lab substance</source>
        <translation>substance (laboratoire)</translation>
    </message>
    <message>
        <source>lab purity percent</source>
        <translation>pureté en % (laboratoire)</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>laboratoire</translation>
    </message>
    <message>
        <source>lab certificate</source>
        <translation>certificat du laboratoire</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>nationalité</translation>
    </message>
    <message>
        <source>Exhibit {number} {field}</source>
        <translation>Pièce {number}, {field}</translation>
    </message>
    <message>
        <source>Person {number} {field}</source>
        <translation>Personne {number}, {field}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <extracomment>(header, sort key or None when the column cannot be sorted in SQL)</extracomment>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substances</translation>
    </message>
    <message>
        <source>kg-equivalent</source>
        <translation>Équivalent kg</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>not sortable here: use Search to rank by quantity or substance</source>
        <translation>ne peut être trié ici : utilisez la recherche pour classer par quantité ou par substance</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Case incident report</source>
        <translation>Rapport d&apos;incident</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Attachments ({count})</source>
        <translation>Pièces jointes ({count})</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Aucune pièce jointe.</translation>
    </message>
    <message>
        <source>THE STORED BYTES DO NOT MATCH THIS SHA-256: run verify</source>
        <translation>LES OCTETS ENREGISTRÉS NE CORRESPONDENT PAS À CE SHA-256 : lancez la vérification</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉE</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>RETIRÉE</translation>
    </message>
    <message>
        <source>TOO LARGE</source>
        <translation>TROP GRANDE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>exhibit {number}</source>
        <translation>pièce {number}</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>{moment} by {person}</source>
        <translation>{moment} par {person}</translation>
    </message>
    <message>
        <source>Other agencies&apos; numbers</source>
        <translation>Numéros d’autres organismes</translation>
    </message>
    <message>
        <source>by {person} on {moment}: {reason}</source>
        <translation>par {person} le {moment} : {reason}</translation>
    </message>
    <message>
        <source>{n} byte</source>
        <translation>{n} octet</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>caption:</source>
        <translation>légende :</translation>
    </message>
    <message>
        <source>attached to:</source>
        <translation>jointe à :</translation>
    </message>
    <message>
        <source>type:</source>
        <translation>type :</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>ajoutée :</translation>
    </message>
    <message>
        <source>corrects #</source>
        <translation>corrige le n°</translation>
    </message>
    <message>
        <source>purpose:</source>
        <translation>motif :</translation>
    </message>
    <message>
        <source>due:</source>
        <translation>retour prévu :</translation>
    </message>
    <message>
        <source>tracking:</source>
        <translation>suivi :</translation>
    </message>
    <message>
        <source>method:</source>
        <translation>méthode :</translation>
    </message>
    <message>
        <source>authority:</source>
        <translation>autorité :</translation>
    </message>
    <message>
        <source>witnesses:</source>
        <translation>témoins :</translation>
    </message>
    <message>
        <source>notes:</source>
        <translation>notes :</translation>
    </message>
    <message>
        <source>counted by:</source>
        <translation>pesé par :</translation>
    </message>
    <message>
        <source>sample:</source>
        <translation>échantillon :</translation>
    </message>
    <message>
        <source>request:</source>
        <translation>demande :</translation>
    </message>
    <message>
        <source>Weight discrepancy: {what}</source>
        <translation>Écart de poids : {what}</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Continuité de la preuve</translation>
    </message>
    <message>
        <source>No custody events recorded.</source>
        <translation>Aucun événement de continuité consigné.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>{n} event</source>
        <translation>{n} événement</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} événements</translation>
    </message>
    <message>
        <source>Exhibit {number}: {events} (times in {zone})</source>
        <translation>Pièce {number} : {events} (heures de {zone})</translation>
    </message>
    <message>
        <source>No custody events recorded for exhibit {numbers}.</source>
        <translation>Aucun événement de continuité consigné pour la pièce {numbers}.</translation>
    </message>
    <message>
        <source>No custody events recorded for exhibits {numbers}.</source>
        <translation>Aucun événement de continuité consigné pour les pièces {numbers}.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifié après approbation</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Pièce jointe retirée</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Hand-over package made</source>
        <translation>Dossier de remise préparé</translation>
    </message>
    <message>
        <source>Received in a hand-over package</source>
        <translation>Reçu dans un dossier de remise</translation>
    </message>
    <message>
        <source>Sent to the lab</source>
        <translation>Envoyé au laboratoire</translation>
    </message>
    <message>
        <source>reason:</source>
        <translation>motif :</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>statut :</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>changé :</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>fichier :</translation>
    </message>
    <message>
        <source>exhibit:</source>
        <translation>pièce :</translation>
    </message>
    <message>
        <source>report:</source>
        <translation>rapport :</translation>
    </message>
    <message>
        <source>pages:</source>
        <translation>pages :</translation>
    </message>
    <message>
        <source>chain hash:</source>
        <translation>empreinte de chaîne :</translation>
    </message>
    <message>
        <source>from:</source>
        <translation>de :</translation>
    </message>
    <message>
        <source>sender&apos;s chain hash:</source>
        <translation>empreinte de chaîne de l&apos;expéditeur :</translation>
    </message>
    <message>
        <source>signed by key:</source>
        <translation>signé par la clé :</translation>
    </message>
    <message>
        <source>exhibits:</source>
        <translation>pièces :</translation>
    </message>
    <message>
        <source>version:</source>
        <translation>version :</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvé</translation>
    </message>
    <message>
        <source>Per the imported file</source>
        <translation>Selon le fichier importé</translation>
    </message>
    <message>
        <source>{claims} (as the file states; not checked)</source>
        <translation>{claims} (selon le fichier; non vérifié)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>First admin&apos;s signing key (fingerprint), which every audit signature traces back to</source>
        <translation>Clé de signature du premier administrateur (empreinte), à laquelle remonte chaque signature de vérification</translation>
    </message>
    <message>
        <source>Audit chain hash when this report was printed</source>
        <translation>Empreinte de la chaîne de vérification à l&apos;impression de ce rapport</translation>
    </message>
    <message>
        <source>To check later that the audit trail still holds everything up to this report: {command}</source>
        <translation>Pour vérifier plus tard que la piste de vérification contient encore tout jusqu&apos;à ce rapport : {command}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>NOT APPROVED — {status}</source>
        <translation>NON APPROUVÉ — {status}</translation>
    </message>
    <message>
        <source>{agency} · {title} · case {number}</source>
        <translation>{agency} · {title} · dossier {number}</translation>
    </message>
    <message>
        <source>Case {number} · {title}</source>
        <translation>Dossier {number} · {title}</translation>
    </message>
    <message>
        <source>Generated {moment} · printed by {person}</source>
        <translation>Produit le {moment} · imprimé par {person}</translation>
    </message>
    <message>
        <source>Audit chain hash {hash}</source>
        <translation>Empreinte de la chaîne de vérification {hash}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} de {total}</translation>
    </message>
    <message>
        <source> (NOT APPROVED)</source>
        <translation> (NON APPROUVÉ)</translation>
    </message>
    <message>
        <source>{title}: case {number}, {agency}, {status}</source>
        <translation>{title} : dossier {number}, {agency}, {status}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind / form</source>
        <translation>Type / forme</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>kg-eq.</source>
        <translation>éq. kg</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Field test</source>
        <translation>Test sur le terrain</translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation>Résultat d&apos;analyse</translation>
    </message>
    <message>
        <source>CDSA</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>{status} by {person}, {moment}</source>
        <translation>{status} par {person}, {moment}</translation>
    </message>
    <message>
        <source>{status} when imported (no approval recorded in this database)</source>
        <translation>{status} lors de l&apos;importation (aucune approbation consignée dans cette base de données)</translation>
    </message>
    <message>
        <source>{status} — not approved</source>
        <translation>{status} — non approuvé</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>{date} (time not recorded)</source>
        <translation>{date} (heure non consignée)</translation>
    </message>
    <message>
        <source>Date / time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné le</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Place type</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Trajet</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Acheminement</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Moyen utilisé</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Dissimulation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No people recorded.</source>
        <translation>Aucune personne consignée.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>lab-confirmed:</source>
        <translation>confirmée par le laboratoire :</translation>
    </message>
    <message>
        <source>purity</source>
        <translation>pureté</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>laboratoire</translation>
    </message>
    <message>
        <source>cert.</source>
        <translation>certif.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Sched. {reference}</source>
        <translation>Ann. {reference}</translation>
    </message>
    <message>
        <source> (class)</source>
        <translation> (catégorie)</translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation> jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Exhibits ({count})</source>
        <translation>Pièces à conviction ({count})</translation>
    </message>
    <message>
        <source>No exhibits recorded.</source>
        <translation>Aucune pièce consignée.</translation>
    </message>
    <message>
        <source>kg-eq.: kilogram-equivalent; &quot;~&quot; marks an estimate (a volume at 1 L = 1 kg, or a count at a typical unit mass).
A quantity marked &quot;~&quot; was entered as approximate.
CDSA: schedule-item of the Controlled Drugs and Substances Act (Canada) listing the substance, lab-confirmed first;
&quot;class&quot;: covered only by a class item (e.g. I-16, fentanyls and their analogues).</source>
        <translation>éq. kg : équivalent en kilogrammes; « ~ » marque une estimation (un volume à 1 L = 1 kg, ou un nombre à une masse unitaire typique).
Une quantité marquée « ~ » a été saisie comme approximative.
Annexe : annexe et article de la Loi réglementant certaines drogues et autres substances (LRCDAS, Canada) qui inscrit la substance, celle confirmée par le laboratoire d&apos;abord;
« catégorie » : visée seulement par un article de catégorie (p. ex. I-16, les fentanyls et leurs analogues).</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Exposé des faits</translation>
    </message>
    <message>
        <source>No narrative recorded.</source>
        <translation>Aucun exposé des faits consigné.</translation>
    </message>
    <message>
        <source>Narrative continues: {left} characters not printed (a report prints the first {limit}); the full text is in the database.</source>
        <translation>L&apos;exposé des faits continue : {left} caractères non imprimés (un rapport imprime les {limit} premiers); le texte complet est dans la base de données.</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Soumettre pour appro&amp;bation</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Return to officer…</source>
        <translation>Renvoyer à l&apos;agent…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Continuité de la preuve</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&lt;b&gt;New case&lt;/b&gt; — not saved yet</source>
        <translation>&lt;b&gt;Nouveau dossier&lt;/b&gt; — pas encore enregistré</translation>
    </message>
    <message>
        <source>approved by {user}</source>
        <translation>approuvé par {user}</translation>
    </message>
    <message>
        <source>approved when imported</source>
        <translation>approuvé lors de l&apos;importation</translation>
    </message>
    <message>
        <source>{approved}; a change is an amendment with a reason</source>
        <translation>{approved}; un changement est une modification motivée</translation>
    </message>
    <message>
        <source>waiting for a supervisor&apos;s review</source>
        <translation>en attente de l&apos;examen d&apos;un superviseur</translation>
    </message>
    <message>
        <source>per the imported file: {claims}</source>
        <translation>selon le fichier importé : {claims}</translation>
    </message>
    <message>
        <source>⚠ HAZARD</source>
        <translation>⚠ DANGER</translation>
    </message>
    <message>
        <source>— changed meanwhile: your changes are kept here; saving them is refused until the case is reopened</source>
        <translation>— modifié entre-temps : vos changements sont conservés ici; leur enregistrement est refusé tant que le dossier n&apos;est pas rouvert</translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation>Recharger le dossier</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {number} and show the case as stored now?</source>
        <translation>Abandonner vos changements non enregistrés au dossier {number} et l&apos;afficher tel qu&apos;il est enregistré maintenant?</translation>
    </message>
    <message>
        <source>Not reloaded</source>
        <translation>Non rechargé</translation>
    </message>
    <message>
        <source>Fix the errors listed below the form first</source>
        <translation>Corrigez d&apos;abord les erreurs énumérées sous le formulaire</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Fix the errors listed below the form first:</source>
        <translation>Corrigez d&apos;abord les erreurs énumérées sous le formulaire :</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même?</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Save your changes before submitting?</source>
        <translation>Enregistrer vos changements avant de soumettre?</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve case {case}? It is then locked; a later change is an amendment with a reason.</source>
        <translation>Approuver le dossier {case}? Il est alors verrouillé; un changement ultérieur est une modification motivée.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Non renvoyé</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>name the substance</source>
        <translation>nommez la substance</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; is not a substance group</source>
        <translation>« {group} » n&apos;est pas un groupe de substances</translation>
    </message>
</context>
<context>
    <name>ChangedBanner</name>
    <message>
        <source>changed at another workstation</source>
        <translation>modifié à un autre poste de travail</translation>
    </message>
    <message>
        <source>Reload (discard my changes)</source>
        <translation>Recharger (abandonner mes changements)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder les miens</translation>
    </message>
    <message>
        <source>Your changes stay here; saving them is refused until the case is reopened, so the other change is never overwritten</source>
        <translation>Vos changements restent ici; leur enregistrement est refusé tant que le dossier n&apos;est pas rouvert, pour que l&apos;autre changement ne soit jamais écrasé</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>This case was changed at another workstation by {who} at {when}.</source>
        <translation>Ce dossier a été modifié à un autre poste de travail par {who} à {when}.</translation>
    </message>
    <message>
        <source>This case was changed at another workstation by {who}.</source>
        <translation>Ce dossier a été modifié à un autre poste de travail par {who}.</translation>
    </message>
</context>
<context>
    <name>Continuity</name>
    <message>
        <source>items</source>
        <extracomment>exhibit kinds weighed and counted by two people events that, with a weight, are a weighing or count needing two people for those kinds</extracomment>
        <translation>unités</translation>
    </message>
    <message>
        <source>{type} on {at}: {after} against {before} before it ({difference} {unit}; samples sent {explained} {unit}, tolerance {tolerance} {unit})</source>
        <translation>{type} le {at} : {after} contre {before} auparavant ({difference} {unit}; échantillons envoyés {explained} {unit}, tolérance {tolerance} {unit})</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>counted_by: a drug or cash exhibit is weighed and counted by two people; name both (two different people)</source>
        <translation>counted_by : une pièce de drogue ou d&apos;argent est pesée et comptée par deux personnes; nommez-les toutes deux (deux personnes différentes)</translation>
    </message>
</context>
<context>
    <name>CountryEdit</name>
    <message>
        <source>name or code</source>
        <translation>nom ou code</translation>
    </message>
</context>
<context>
    <name>CountryListEdit</name>
    <message>
        <source>countries in order, separated by commas</source>
        <translation>pays dans l&apos;ordre, séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path} : le fichier est vide</translation>
    </message>
    <message>
        <source>{path}: not a caseapp CSV file (header lacks {missing})</source>
        <translation>{path} : ce n&apos;est pas un fichier CSV de caseapp (l&apos;en-tête n&apos;a pas {missing})</translation>
    </message>
    <message>
        <source>{path}: the case of line {current_line} has rows of more than {size_text}</source>
        <translation>{path} : le dossier de la ligne {current_line} a des lignes de plus de {size_text}</translation>
    </message>
    <message>
        <source>{path}: line {line}: {csv_problem}</source>
        <translation>{path} : ligne {line} : {csv_problem}</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>the exhibit is checked out: record checked_in first</source>
        <extracomment>events recorded only through their own flow (the disposal workflow, a hand-over package), never the generic custody form the disposal methods a request names: destruction, or release to its owner</extracomment>
        <translation>la pièce est sortie : consignez d&apos;abord un retour (checked_in)</translation>
    </message>
    <message>
        <source>the exhibit is at the lab: record result_received first</source>
        <translation>la pièce est au laboratoire : consignez d&apos;abord le résultat d&apos;analyse (result_received)</translation>
    </message>
    <message>
        <source>custody event {position} is numbered {seq}</source>
        <translation>l&apos;événement de continuité {position} porte le numéro {seq}</translation>
    </message>
    <message>
        <source>custody event {position} is inconsistent: {problems}</source>
        <translation>l&apos;événement de continuité {position} est incohérent : {problems}</translation>
    </message>
    <message>
        <source>event {position} would become impossible: {problems}</source>
        <translation>l&apos;événement {position} deviendrait impossible : {problems}</translation>
    </message>
    <message>
        <source>notes must give the reason for the correction</source>
        <translation>notes doit donner le motif de la correction</translation>
    </message>
    <message>
        <source>corrects must give the number of the event corrected</source>
        <translation>corrects doit donner le numéro de l&apos;événement corrigé</translation>
    </message>
    <message>
        <source>corrects {target}: there is no event {target} before it</source>
        <translation>corrects {target} : il n&apos;y a pas d&apos;événement {target} avant celui-ci</translation>
    </message>
    <message>
        <source>corrects {target}: event {target} is itself a correction; correct the original event</source>
        <translation>corrects {target} : l&apos;événement {target} est lui-même une correction; corrigez l&apos;événement d&apos;origine</translation>
    </message>
    <message>
        <source>gives no corrected value (fill in the fields to change)</source>
        <translation>ne donne aucune valeur corrigée (remplissez les champs à changer)</translation>
    </message>
    <message>
        <source>event: type &apos;{type}&apos; is not a custody event type</source>
        <translation>event : le type « {type} » n&apos;est pas un type d&apos;événement de continuité</translation>
    </message>
    <message>
        <source>actor is required (the user recording the event)</source>
        <translation>actor est obligatoire (l&apos;utilisateur qui consigne l&apos;événement)</translation>
    </message>
    <message>
        <source>the first event must be seized (with holder and location)</source>
        <translation>le premier événement doit être la saisie (avec détenteur et lieu)</translation>
    </message>
    <message>
        <source>the exhibit has been disposed of: only a correction may follow</source>
        <translation>la pièce a été détruite ou remise : seule une correction peut suivre</translation>
    </message>
    <message>
        <source>corrects is only for a correction</source>
        <translation>corrects ne sert qu&apos;à une correction</translation>
    </message>
    <message>
        <source>holder &apos;{holder}&apos; is not the current holder &apos;{current}&apos; (record a transfer)</source>
        <translation>holder « {holder} » n&apos;est pas le détenteur actuel « {current} » (consignez un transfert)</translation>
    </message>
    <message>
        <source>seal_number &apos;{seal}&apos; is not the current seal &apos;{current}&apos; (record sealed)</source>
        <translation>seal_number « {seal} » n&apos;est pas le scellé actuel « {current} » (consignez une mise sous scellé)</translation>
    </message>
    <message>
        <source>the exhibit is pending disposal: refuse or complete the disposal first</source>
        <translation>une aliénation de la pièce est en cours : refusez-la ou menez-la à terme d&apos;abord</translation>
    </message>
    <message>
        <source>seized can only be the first event</source>
        <translation>la saisie ne peut être que le premier événement</translation>
    </message>
    <message>
        <source>holder &apos;{holder}&apos; already holds the exhibit</source>
        <translation>holder « {holder} » détient déjà la pièce</translation>
    </message>
    <message>
        <source>from_holder &apos;{holder}&apos; is not the current holder &apos;{current}&apos;</source>
        <translation>from_holder « {holder} » n&apos;est pas le détenteur actuel « {current} »</translation>
    </message>
    <message>
        <source>the exhibit is already checked out</source>
        <translation>la pièce est déjà sortie</translation>
    </message>
    <message>
        <source>the exhibit is not checked out</source>
        <translation>la pièce n&apos;est pas sortie</translation>
    </message>
    <message>
        <source>the exhibit is already at the lab</source>
        <translation>la pièce est déjà au laboratoire</translation>
    </message>
    <message>
        <source>the exhibit is not at a lab</source>
        <translation>la pièce n&apos;est pas dans un laboratoire</translation>
    </message>
    <message>
        <source>the disposal has not been authorised: request it and have a supervisor authorise it first</source>
        <translation>l&apos;aliénation n&apos;a pas été autorisée : demandez-la et faites-la d&apos;abord autoriser par un superviseur</translation>
    </message>
    <message>
        <source>method &apos;{method}&apos; is not one of: {methods}</source>
        <translation>method « {method} » n&apos;est pas l&apos;une de : {methods}</translation>
    </message>
    <message>
        <source>a disposal is already {state}</source>
        <translation>une aliénation est déjà {state}</translation>
    </message>
    <message>
        <source>no disposal is waiting for authorisation</source>
        <translation>aucune aliénation n&apos;attend d&apos;autorisation</translation>
    </message>
    <message>
        <source>actor: the officer who requested the disposal cannot authorise it</source>
        <translation>actor : l&apos;agent qui a demandé l&apos;aliénation ne peut pas l&apos;autoriser</translation>
    </message>
    <message>
        <source>no disposal is pending</source>
        <translation>aucune aliénation n&apos;est en cours</translation>
    </message>
    <message>
        <source>at is required (when it happened)</source>
        <translation>at est obligatoire (le moment de l&apos;événement)</translation>
    </message>
    <message>
        <source>at &apos;{at}&apos; is not an ISO date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>at « {at} » n&apos;est pas une date ou une date et heure ISO (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <source>at &apos;{at}&apos; is in the future</source>
        <translation>at « {at} » est dans le futur</translation>
    </message>
    <message>
        <source>at &apos;{at}&apos; is earlier than the event before it (&apos;{before}&apos;)</source>
        <translation>at « {at} » est antérieur à l&apos;événement précédent (« {before} »)</translation>
    </message>
    <message>
        <source>due_date &apos;{due}&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation>due_date « {due} » n&apos;est pas une date ISO (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>due_date &apos;{due}&apos; is before the event date</source>
        <translation>due_date « {due} » précède la date de l&apos;événement</translation>
    </message>
    <message>
        <source>weight {text} is not &apos;&lt;number&gt; &lt;unit&gt;&apos;, e.g. &apos;12.31 g&apos;</source>
        <translation>weight {text} n&apos;est pas « &lt;nombre&gt; &lt;unité&gt; », p. ex. « 12,31 g »</translation>
    </message>
    <message>
        <source>weight: unit &apos;{unit}&apos; is not a known mass, volume or count unit</source>
        <translation>weight : l&apos;unité « {unit} » n&apos;est pas une unité connue de masse, de volume ou de nombre</translation>
    </message>
    <message>
        <source>weight {text} must be zero or more</source>
        <translation>weight {text} doit être nul ou positif</translation>
    </message>
    <message>
        <source>weight {text} must be more than zero</source>
        <translation>weight {text} doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>witnesses: two different witnesses are required</source>
        <translation>witnesses : deux témoins différents sont exigés</translation>
    </message>
    <message>
        <source>witnesses: &apos;{name}&apos; is named twice</source>
        <translation>witnesses : « {name} » est nommé deux fois</translation>
    </message>
    <message>
        <source>witnesses: the actor &apos;{name}&apos; cannot witness their own record</source>
        <translation>witnesses : l&apos;auteur « {name} » ne peut pas être témoin de sa propre inscription</translation>
    </message>
    <message>
        <source>{field}: two different people are required</source>
        <translation>{field} : deux personnes différentes sont exigées</translation>
    </message>
    <message>
        <source>{field}: &apos;{name}&apos; is named twice</source>
        <translation>{field} : « {name} » est nommé deux fois</translation>
    </message>
    <message>
        <source>{field}: the actor &apos;{name}&apos; cannot be named</source>
        <translation>{field} : l&apos;auteur « {name} » ne peut pas y être nommé</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field} est obligatoire</translation>
    </message>
    <message>
        <source>case {case_number} has no exhibit {exhibit_number}</source>
        <translation>le dossier {case_number} n&apos;a pas de pièce {exhibit_number}</translation>
    </message>
</context>
<context>
    <name>CustodyEventDialog</name>
    <message>
        <source>Correction of an earlier event</source>
        <translation>Correction d&apos;un événement antérieur</translation>
    </message>
    <message>
        <source>The first event of every exhibit: who took it and where it is now.</source>
        <translation>Le premier événement de toute pièce : qui l&apos;a saisie et où elle se trouve maintenant.</translation>
    </message>
    <message>
        <source>A new seal was put on the exhibit.</source>
        <translation>Un nouveau scellé a été apposé sur la pièce.</translation>
    </message>
    <message>
        <source>The exhibit changed hands; &apos;From&apos; must be the person who holds it now.</source>
        <translation>La pièce a changé de mains; « De » doit être la personne qui la détient maintenant.</translation>
    </message>
    <message>
        <source>The exhibit was put away in a store or vault.</source>
        <translation>La pièce a été rangée dans un entrepôt ou une chambre forte.</translation>
    </message>
    <message>
        <source>Taken out for court, a lab visit or a viewing; it is due back on a date.</source>
        <translation>Sortie pour le tribunal, une visite au laboratoire ou un examen; son retour est prévu à une date.</translation>
    </message>
    <message>
        <source>Back from a check-out; holder and location return to where they were unless given.</source>
        <translation>De retour d&apos;une sortie; le détenteur et le lieu redeviennent ceux d&apos;avant, sauf s&apos;ils sont donnés.</translation>
    </message>
    <message>
        <source>A sample was taken; give the new seal and the weight left if they changed.</source>
        <translation>Un échantillon a été prélevé; donnez le nouveau scellé et le poids restant s&apos;ils ont changé.</translation>
    </message>
    <message>
        <source>Sent for analysis: the lab (or the courier) becomes the holder.</source>
        <translation>Envoyée pour analyse : le laboratoire (ou le messager) devient le détenteur.</translation>
    </message>
    <message>
        <source>Back from the lab; holder and location return to where they were unless given.</source>
        <translation>De retour du laboratoire; le détenteur et le lieu redeviennent ceux d&apos;avant, sauf s&apos;ils sont donnés.</translation>
    </message>
    <message>
        <source>The exhibit was weighed again.</source>
        <translation>La pièce a été pesée de nouveau.</translation>
    </message>
    <message>
        <source>Destroyed or released, with the method, the authority and two witnesses. Nothing can follow.</source>
        <translation>Détruite ou remise, avec la méthode, l&apos;autorité et deux témoins. Rien ne peut suivre.</translation>
    </message>
    <message>
        <source>Puts right a mistake in an earlier event: fill in only the fields to correct.</source>
        <translation>Corrige une erreur dans un événement antérieur : ne remplissez que les champs à corriger.</translation>
    </message>
    <message>
        <source>&amp;Holder after the event</source>
        <translation>&amp;Détenteur après l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Held by</source>
        <translation>&amp;Détenue par</translation>
    </message>
    <message>
        <source>&amp;To (new holder)</source>
        <translation>À (nouveau &amp;détenteur)</translation>
    </message>
    <message>
        <source>&amp;Held by (if it changes)</source>
        <translation>&amp;Détenue par (si cela change)</translation>
    </message>
    <message>
        <source>&amp;Taken out by</source>
        <translation>&amp;Détenteur pendant la sortie</translation>
    </message>
    <message>
        <source>&amp;Lab or courier</source>
        <translation>&amp;Destinataire (laboratoire ou messager)</translation>
    </message>
    <message>
        <source>Corrected &amp;holder</source>
        <translation>&amp;Détenteur corrigé</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;e</translation>
    </message>
    <message>
        <source>From (current holder)</source>
        <translation>De (détenteur actuel)</translation>
    </message>
    <message>
        <source>who hands it over</source>
        <translation>qui la remet</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Location after the event</source>
        <translation>Lieu après l&apos;événement</translation>
    </message>
    <message>
        <source>where it is after the event</source>
        <translation>où elle se trouve après l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Seal number</source>
        <translation>N° de &amp;scellé</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Numéro de scellé</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Purpose of the check-out</source>
        <translation>Motif de la sortie</translation>
    </message>
    <message>
        <source>court, lab visit, viewing...</source>
        <translation>tribunal, visite au laboratoire, examen...</translation>
    </message>
    <message>
        <source>&amp;Due back</source>
        <translation>&amp;Retour prévu</translation>
    </message>
    <message>
        <source>Due back date</source>
        <translation>Date de retour prévue</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>T&amp;racking number</source>
        <translation>N° de su&amp;ivi</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>courier or post, if any</source>
        <translation>messager ou poste, s&apos;il y a lieu</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Mé&amp;thode</translation>
    </message>
    <message>
        <source>Disposal method</source>
        <translation>Méthode d&apos;élimination</translation>
    </message>
    <message>
        <source>incineration, release to owner...</source>
        <translation>incinération, remise au propriétaire...</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autorité</translation>
    </message>
    <message>
        <source>Authority or order number</source>
        <translation>Autorité ou numéro d&apos;ordonnance</translation>
    </message>
    <message>
        <source>who ordered it, order number</source>
        <translation>qui l&apos;a ordonnée, numéro d&apos;ordonnance</translation>
    </message>
    <message>
        <source>Wei&amp;ght</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>e.g. 12.31 g</source>
        <translation>p. ex. 12,31 g</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>a stored time in a message (&apos;2026-11-28T07:00&apos;), shown as a time is typed</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>seal number</source>
        <translation>numéro de scellé</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date de retour</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>numéro de suivi</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>détenteur</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>témoins</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>counted by</source>
        <translation>pesé par</translation>
    </message>
    <message>
        <source>corrects</source>
        <translation>corrige</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>Record custody event</source>
        <translation>Consigner un événement de continuité</translation>
    </message>
    <message>
        <source>Case {case}, exhibit {exhibit}</source>
        <translation>Dossier {case}, pièce {exhibit}</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Custody now</source>
        <translation>Continuité actuelle</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>About this event type</source>
        <translation>À propos de ce type d&apos;événement</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>When it happened, {zone}</source>
        <translation>Moment de l&apos;événement, {zone}</translation>
    </message>
    <message>
        <source>Required. Date and time, for example 2026-11-20 14:30</source>
        <translation>Obligatoire. Date et heure, par exemple 2026-11-20 14:30</translation>
    </message>
    <message>
        <source>Event corrected</source>
        <translation>Événement corrigé</translation>
    </message>
    <message>
        <source>Holder after the event</source>
        <translation>Détenteur après l&apos;événement</translation>
    </message>
    <message>
        <source>person, lab, court...</source>
        <translation>personne, laboratoire, tribunal...</translation>
    </message>
    <message>
        <source>Witness {number}</source>
        <translation>Témoin {number}</translation>
    </message>
    <message>
        <source>name (another person)</source>
        <translation>nom (une autre personne)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Weighed or counted by, person {number}</source>
        <translation>Pesé ou compté par, personne {number}</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;When ({zone})</source>
        <translation>&amp;Quand ({zone})</translation>
    </message>
    <message>
        <source>&amp;Corrects event</source>
        <translation>&amp;Corrige l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Holder</source>
        <translation>&amp;Détenteur</translation>
    </message>
    <message>
        <source>Witness &amp;1</source>
        <translation>Témoin &amp;1</translation>
    </message>
    <message>
        <source>Witness &amp;2</source>
        <translation>Témoin &amp;2</translation>
    </message>
    <message>
        <source>Weighed &amp;by</source>
        <translation>Pesé p&amp;ar</translation>
    </message>
    <message>
        <source>and b&amp;y</source>
        <translation>et pa&amp;r</translation>
    </message>
    <message>
        <source>* required for this event type</source>
        <translation>* obligatoire pour ce type d&apos;événement</translation>
    </message>
    <message>
        <source>Why the event was not recorded</source>
        <translation>Pourquoi l&apos;événement n&apos;a pas été consigné</translation>
    </message>
    <message>
        <source>Record event</source>
        <translation>Consigner l&apos;événement</translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>Nothing recorded yet: the first event is the seizure.</source>
        <translation>Rien n&apos;est encore consigné : le premier événement est la saisie.</translation>
    </message>
    <message>
        <source>Disposed of: only a correction of an earlier event can follow.</source>
        <translation>Détruite ou remise : seule la correction d&apos;un événement antérieur peut suivre.</translation>
    </message>
    <message>
        <source>Held by {holder} at {location}</source>
        <translation>Détenue par {holder} à {location}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>an unrecorded location</source>
        <translation>un lieu non consigné</translation>
    </message>
    <message>
        <source>seal {seal}</source>
        <translation>scellé {seal}</translation>
    </message>
    <message>
        <source>checked out ({purpose}, due back {date})</source>
        <translation>sortie ({purpose}, retour prévu le {date})</translation>
    </message>
    <message>
        <source>at the lab</source>
        <translation>au laboratoire</translation>
    </message>
    <message>
        <source>no event to correct</source>
        <translation>aucun événement à corriger</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Reason (&amp;notes)</source>
        <translation>Motif (&amp;notes)</translation>
    </message>
    <message>
        <source>Corrected {field}</source>
        <translation>{field} corrigé</translation>
    </message>
    <message>
        <source>type when it happened (YYYY-MM-DD HH:MM)</source>
        <translation>tapez le moment de l&apos;événement (AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>the time {typed}</source>
        <translation>le moment {typed}</translation>
    </message>
</context>
<context>
    <name>CustodyHistory</name>
    <message>
        <source>Custody history</source>
        <translation>Historique de continuité</translation>
    </message>
    <message>
        <source>{title}: case {number}, {agency}</source>
        <translation>{title} : dossier {number}, {agency}</translation>
    </message>
    <message>
        <source>{title} — case {number}</source>
        <translation>{title} — dossier {number}</translation>
    </message>
    <message>
        <source>Status: {status} · {exhibits}</source>
        <translation>État : {status} · {exhibits}</translation>
    </message>
    <message>
        <source>{n} exhibit</source>
        <translation>{n} pièce</translation>
    </message>
    <message>
        <source>{n} exhibits</source>
        <translation>{n} pièces</translation>
    </message>
</context>
<context>
    <name>CustodyTab</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Holder / from</source>
        <translation>Détenteur / provenance</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consignée</translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation>détruite ou remise</translation>
    </message>
    <message>
        <source>sealed {seal}</source>
        <translation>sous scellé {seal}</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>sans scellé</translation>
    </message>
    <message>
        <source>checked out, due {date}</source>
        <translation>sortie, retour prévu le {date}</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>at the lab</source>
        <translation>au laboratoire</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>due</source>
        <translation>retour prévu</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>witnesses</source>
        <translation>témoins</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>fondement juridique</translation>
    </message>
    <message>
        <source>Health Canada authorisation</source>
        <translation>Autorisation de Santé Canada</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>counted by</source>
        <translation>pesé par</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>échantillon</translation>
    </message>
    <message>
        <source>Save the case to record custody.</source>
        <translation>Enregistrez le dossier pour consigner la continuité de la preuve.</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Continuité de la preuve</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>Pièces à &amp;conviction</translation>
    </message>
    <message>
        <source>Custody events</source>
        <translation>Événements de continuité</translation>
    </message>
    <message>
        <source>Custody e&amp;vents</source>
        <translation>É&amp;vénements de continuité</translation>
    </message>
    <message>
        <source>Custody now</source>
        <translation>Continuité actuelle</translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation>Co&amp;nsigner un événement…</translation>
    </message>
    <message>
        <source>Record custody event</source>
        <translation>Consigner un événement de continuité</translation>
    </message>
    <message>
        <source>Why recording is unavailable</source>
        <translation>Pourquoi la consignation n&apos;est pas possible</translation>
    </message>
    <message>
        <source>Request &amp;disposal…</source>
        <translation>Demander l&apos;ali&amp;énation…</translation>
    </message>
    <message>
        <source>request the destruction or return of exhibits of an approved case</source>
        <translation>demander la destruction ou la remise de pièces d&apos;un dossier approuvé</translation>
    </message>
    <message>
        <source>Custody cannot be shown: {error}.</source>
        <translation>La continuité ne peut pas être affichée : {error}.</translation>
    </message>
    <message>
        <source>This case has no exhibits: add one and save the case to record its custody.</source>
        <translation>Ce dossier n&apos;a aucune pièce : ajoutez-en une et enregistrez le dossier pour consigner sa continuité.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <source>Custody cannot be read: {error}.</source>
        <translation>La continuité ne peut pas être lue : {error}.</translation>
    </message>
    <message>
        <source>Custody e&amp;vents of exhibit {number}</source>
        <translation>É&amp;vénements de continuité de la pièce {number}</translation>
    </message>
    <message>
        <source>Choose an exhibit.</source>
        <translation>Choisissez une pièce.</translation>
    </message>
    <message>
        <source>No custody recorded yet: record the seizure first.</source>
        <translation>Aucune continuité consignée : consignez d&apos;abord la saisie.</translation>
    </message>
    <message>
        <source>No custody recorded yet.</source>
        <translation>Aucune continuité consignée.</translation>
    </message>
    <message>
        <source>an unrecorded location</source>
        <translation>un lieu non consigné</translation>
    </message>
    <message>
        <source>Now held by {holder} at {location}; {state}.</source>
        <translation>Détenue maintenant par {holder} à {location}; {state}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>corrects #{number}</source>
        <translation>corrige le n° {number}</translation>
    </message>
    <message>
        <source>corrected by {events}</source>
        <translation>corrigé par {events}</translation>
    </message>
    <message>
        <source>Choose an exhibit to record its custody.</source>
        <translation>Choisissez une pièce pour consigner sa continuité.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>an in-memory database cannot be opened a second time (a worker needs a file)</source>
        <translation>une base de données en mémoire ne peut pas être ouverte une seconde fois (une tâche de fond a besoin d&apos;un fichier)</translation>
    </message>
    <message>
        <source>accounts exist: the agency settings are changed by an admin (Admin &gt; Agency settings in the window, or caseapp-cli --user ADMIN init --agency/--timezone)</source>
        <translation>des comptes existent : les paramètres de l&apos;organisme sont modifiés par un administrateur (Outils &gt; Paramètres de l&apos;organisme dans la fenêtre, ou caseapp-cli --user ADMIN init --agency/--timezone)</translation>
    </message>
    <message>
        <source>no case {case_number}</source>
        <translation>aucun dossier {case_number}</translation>
    </message>
    <message>
        <source>{location} is not a server: migrate --to takes a postgresql:// URL</source>
        <translation>{location} n&apos;est pas un serveur : migrate --to prend une URL postgresql://</translation>
    </message>
    <message>
        <source>this database is on a server already</source>
        <translation>cette base de données est déjà sur un serveur</translation>
    </message>
    <message>
        <source>{location} is not empty: a copy goes into an empty database</source>
        <translation>{location} n&apos;est pas vide : une copie va dans une base de données vide</translation>
    </message>
    <message>
        <source>Schedule {value} is repealed: no substance is listed in it</source>
        <extracomment>the prefix that turns a substance term into the same term for the lab-confirmed substance only term prefixes of a case&apos;s fields, shared by every exhibit of the case the order case_terms gives a case&apos;s terms in (a writer that gathers them field by field sorts by it) every schedule term there can be, for removing an exhibit&apos;s derived rows whatever catalogue wrote them</extracomment>
        <translation>L&apos;annexe {value} est abrogée : aucune substance n&apos;y est inscrite</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a schedule ({schedules})</source>
        <translation>« {text} » n&apos;est pas une annexe ({schedules})</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; is not a substance group</source>
        <extracomment>how many index entries of a term are counted to judge which filter is the most selective</extracomment>
        <translation>« {group} » n&apos;est pas un groupe de substances</translation>
    </message>
    <message>
        <source>{rsplit} is not empty: a copy goes into an empty database</source>
        <extracomment>in an order the foreign keys accept</extracomment>
        <translation>{rsplit} n&apos;est pas vide : une copie va dans une base de données vide</translation>
    </message>
    <message>
        <source>{shown} was written by a newer version of caseapp (schema {newer}); update caseapp to open it</source>
        <extracomment>tables whose single-row INSERT gives the new row&apos;s id (cursor.lastrowid on SQLite) from this many rows an INSERT goes by COPY: INSERT [OR IGNORE] INTO table (columns) VALUES (?, ...)</extracomment>
        <translation>{shown} a été écrit par une version plus récente de caseapp (schéma {newer}); mettez caseapp à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{shown} is not a caseapp database (it holds other tables): give an empty database for a new one</source>
        <translation>{shown} n&apos;est pas une base de données caseapp (elle contient d&apos;autres tables) : donnez une base de données vide pour en créer une</translation>
    </message>
    <message>
        <source>{shown}: {reason}: the role of the URL must own the database to create caseapp&apos;s tables (createdb -O ROLE, or ALTER DATABASE ... OWNER TO ROLE); nothing was written</source>
        <translation>{shown} : {reason} : le rôle de l&apos;URL doit être propriétaire de la base de données pour créer les tables de caseapp (createdb -O ROLE, ou ALTER DATABASE ... OWNER TO ROLE); rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the database is busy: another workstation is writing to it; nothing was changed, try again in a moment</source>
        <translation>la base de données est occupée : un autre poste y écrit; rien n&apos;a été changé, réessayez dans un instant</translation>
    </message>
    <message>
        <source>the disk holding the database is full: nothing was written</source>
        <translation>le disque qui contient la base de données est plein : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the database server could not be reached or refused the work ({reason}): nothing was written</source>
        <translation>le serveur de base de données est injoignable ou a refusé le travail ({reason}) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the database server refused the work ({reason}): nothing was written</source>
        <translation>le serveur de base de données a refusé le travail ({reason}) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>no attachment {attachment_id}</source>
        <translation>aucune pièce jointe {attachment_id}</translation>
    </message>
    <message>
        <source>&apos;{action}&apos; is not an audit action (store/actions.py lists them)</source>
        <translation>« {action} » n&apos;est pas une action de vérification (store/actions.py en donne la liste)</translation>
    </message>
    <message>
        <source>audit ledger opened for another entry</source>
        <translation>registre de vérification ouvert pour une autre entrée</translation>
    </message>
    <message>
        <source>ledger rows of {table} out of order ({rowid})</source>
        <translation>lignes du registre de {table} dans le désordre ({rowid})</translation>
    </message>
    <message>
        <source>cannot sort the case list by {sort!r}</source>
        <extracomment>sort key (CASE_LIST_SORTS) -&gt; SQL expression; each tie is broken by id, so paging never skips or repeats a row what a case number looks like while it is typed: letters, a hyphen, then digits (CBSA-2024-0001)</extracomment>
        <translation>impossible de trier la liste des dossiers par {sort!r}</translation>
    </message>
    <message>
        <source>case {case_number} was changed by someone else; reopen it</source>
        <translation>le dossier {case_number} a été modifié par quelqu&apos;un d&apos;autre; rouvrez-le</translation>
    </message>
    <message>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier de fichiers, et non un fichier de base de données</translation>
    </message>
    <message>
        <source>{path} is empty, not a caseapp database; remove it to create a new database there</source>
        <translation>{path} est vide, ce n&apos;est pas une base de données caseapp; supprimez-le pour y créer une nouvelle base de données</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {error}</source>
        <translation>impossible de créer le dossier de fichiers {folder} : {error}</translation>
    </message>
    <message>
        <source>the folder {folder} is not writable; the database needs a writable local folder (it keeps a write-ahead log beside the file)</source>
        <translation>le dossier de fichiers {folder} n&apos;est pas accessible en écriture; la base de données a besoin d&apos;un dossier local accessible en écriture (elle tient un journal d&apos;écriture anticipée à côté du fichier)</translation>
    </message>
    <message>
        <source>{file} is not a caseapp database (not an SQLite file)</source>
        <translation>{file} n&apos;est pas une base de données caseapp (ce n&apos;est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>cannot open {file}: {error}</source>
        <translation>impossible d&apos;ouvrir {file} : {error}</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of caseapp (schema {sorted}); update caseapp to open it</source>
        <translation>{file} a été écrit par une version plus récente de caseapp (schéma {sorted}); mettez caseapp à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the copy to {destination} could not be written ({error}); the database is unchanged</source>
        <translation>la copie vers {destination} n&apos;a pas pu être écrite ({error}); la base de données est inchangée</translation>
    </message>
    <message>
        <source>cannot read {source}: {error}</source>
        <translation>impossible de lire {source} : {error}</translation>
    </message>
    <message>
        <source>{source} is not a readable caseapp database: {error}</source>
        <translation>{source} n&apos;est pas une base de données caseapp lisible : {error}</translation>
    </message>
    <message>
        <source>{path} is not a readable caseapp database: {error}</source>
        <translation>{path} n&apos;est pas une base de données caseapp lisible : {error}</translation>
    </message>
    <message>
        <source>exhibit {number} has custody events and cannot be removed from the case</source>
        <translation>la pièce {number} a des événements de continuité et ne peut pas être retirée du dossier</translation>
    </message>
    <message>
        <source>exhibit {number} has attachments and cannot be removed from the case</source>
        <translation>la pièce {number} a des pièces jointes et ne peut pas être retirée du dossier</translation>
    </message>
    <message>
        <source>case {case_number} was changed by someone else since it was opened; reopen it and apply your changes again</source>
        <translation>le dossier {case_number} a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture; rouvrez-le et refaites vos changements</translation>
    </message>
    <message>
        <source>the database could not be read or written ({error}): nothing was written</source>
        <translation>la base de données n&apos;a pas pu être lue ou écrite ({error}) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the database file is damaged or not a caseapp database ({error}): nothing was written</source>
        <translation>le fichier de base de données est endommagé ou n&apos;est pas une base de données caseapp ({error}) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>&apos;{match_on}&apos; is not one of {join}</source>
        <translation>« {match_on} » n&apos;est pas l&apos;un de {join}</translation>
    </message>
    <message>
        <source>&apos;{order}&apos; is not an order ({join})</source>
        <translation>« {order} » n&apos;est pas un ordre ({join})</translation>
    </message>
    <message>
        <source>cannot change {sorted}</source>
        <translation>impossible de changer {sorted}</translation>
    </message>
    <message>
        <source>case number {case_number} already exists</source>
        <extracomment>the index rows of the terms an exhibit&apos;s row lists (exhibits.terms), made in SQL from what is stored, in the table&apos;s key order, for the exhibits of one run of ids the schedule terms derived from the stored ones (index rows only, never in exhibits.terms)</extracomment>
        <translation>le numéro de dossier {case_number} existe déjà</translation>
    </message>
</context>
<context>
    <name>DatabaseTask</name>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{text} is ambiguous: {one} or {other}? Type it as YYYY-MM-DD ({iso_one} or {iso_other})</source>
        <translation>{text} est ambiguë : {one} ou {other}? Tapez-la sous la forme AAAA-MM-JJ ({iso_one} ou {iso_other})</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM)</source>
        <translation>{text} n&apos;est pas une date (utilisez AAAA-MM-JJ ou AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>{text} is not a real date</source>
        <translation>{text} n&apos;est pas une date réelle</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Criminal Code s.490(2): detention for 3 months unless extended</source>
        <extracomment>each deadline: (code, the law it rests on, as printed)</extracomment>
        <translation>Code criminel, par. 490(2) : détention de 3 mois sauf prolongation</translation>
    </message>
    <message>
        <source>CDSA s.24: 60 days to apply for return</source>
        <translation>LRCDAS, art. 24 : 60 jours pour demander la restitution</translation>
    </message>
</context>
<context>
    <name>DecimalEdit</name>
    <message>
        <source>type the number without thousands separators, with &apos;{mark}&apos; as the decimal mark</source>
        <extracomment>the role holding the text a completer inserts (the display text carries group and hazard too) what an entry stands for (an alias&apos;s substance): Tab takes it when every entry left stands for one thing</extracomment>
        <translation>tapez le nombre sans séparateur de milliers, avec « {mark} » comme séparateur décimal</translation>
    </message>
    <message>
        <source>{text} has more than one decimal mark</source>
        <translation>{text} a plus d&apos;un séparateur décimal</translation>
    </message>
    <message>
        <source>{text} is not a number (digits and &apos;{mark}&apos; only)</source>
        <translation>{text} n&apos;est pas un nombre (chiffres et « {mark} » seulement)</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>decimal mark &apos;{mark}&apos;, no thousands separators</source>
        <translation>séparateur décimal « {mark} », sans séparateur de milliers</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Refuse disposal {batch}</source>
        <translation>Refuser l&apos;aliénation {batch}</translation>
    </message>
    <message>
        <source>Authorise disposal {batch}</source>
        <translation>Autoriser l&apos;aliénation {batch}</translation>
    </message>
    <message>
        <source>required to destroy a controlled substance</source>
        <translation>requise pour détruire une substance désignée</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Fondement juridique :</translation>
    </message>
    <message>
        <source>&amp;Health Canada authorisation:</source>
        <translation>Autorisation de &amp;Santé Canada :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Authorise</source>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No batch is chosen.</source>
        <translation>Aucun lot n&apos;est choisi.</translation>
    </message>
    <message>
        <source>{method} of {count} exhibit(s), requested by {who} on {when}: {reason}</source>
        <translation>{method} de {count} pièce(s), demandée par {who} le {when} : {reason}</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Return to its owner</source>
        <translation>Remise à son propriétaire</translation>
    </message>
</context>
<context>
    <name>DestructionDialog</name>
    <message>
        <source>Witnessed return {batch}</source>
        <translation>Remise devant témoins {batch}</translation>
    </message>
    <message>
        <source>Witnessed destruction {batch}</source>
        <translation>Destruction devant témoins {batch}</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Code scanné</translation>
    </message>
    <message>
        <source>scan each item&apos;s label (CASE/NN), or type its code and Enter</source>
        <translation>scannez l&apos;étiquette de chaque article (DOSSIER/NN), ou tapez son code puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Scan each item:</source>
        <translation>&amp;Scanner chaque article :</translation>
    </message>
    <message>
        <source>Scan result</source>
        <translation>Résultat du scan</translation>
    </message>
    <message>
        <source>Items of the batch</source>
        <translation>Articles du lot</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Weight destroyed</source>
        <translation>Poids détruit</translation>
    </message>
    <message>
        <source>Weight returned</source>
        <translation>Poids remis</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanné</translation>
    </message>
    <message>
        <source>incineration, chemical destruction…</source>
        <translation>incinération, destruction chimique…</translation>
    </message>
    <message>
        <source>released to its owner…</source>
        <translation>remise à son propriétaire…</translation>
    </message>
    <message>
        <source>Witness &amp;1:</source>
        <translation>Témoin &amp;1 :</translation>
    </message>
    <message>
        <source>Witness &amp;2:</source>
        <translation>Témoin &amp;2 :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Confirm return</source>
        <translation>&amp;Confirmer la remise</translation>
    </message>
    <message>
        <source>&amp;Confirm destruction</source>
        <translation>&amp;Confirmer la destruction</translation>
    </message>
    <message>
        <source>Save the c&amp;ertificate…</source>
        <translation>Enregistrer le c&amp;ertificat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>There is no disposal batch {batch}.</source>
        <translation>Il n&apos;y a pas de lot d&apos;aliénation {batch}.</translation>
    </message>
    <message>
        <source>Batch {batch} is {state}: only an authorised batch is disposed of.</source>
        <translation>Le lot {batch} est {state} : seul un lot autorisé est aliéné.</translation>
    </message>
    <message>
        <source>Authorised by {who} on {when} under {basis}; Health Canada authorisation: {number}. Scan every item before it is disposed of.</source>
        <translation>Autorisée par {who} le {when} en vertu de {basis}; autorisation de Santé Canada : {number}. Scannez chaque article avant son aliénation.</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requise</translation>
    </message>
    <message>
        <source>REFUSED: {code} is not an item of batch {batch}. Put it aside: it is not to be disposed of.</source>
        <translation>REFUSÉ : {code} n&apos;est pas un article du lot {batch}. Mettez-le de côté : il ne doit pas être aliéné.</translation>
    </message>
    <message>
        <source>{code} was scanned already.</source>
        <translation>{code} a déjà été scanné.</translation>
    </message>
    <message>
        <source>{code} scanned: {done} of {total}.</source>
        <translation>{code} scanné : {done} sur {total}.</translation>
    </message>
    <message>
        <source>Not scanned yet: {codes}</source>
        <translation>Pas encore scannés : {codes}</translation>
    </message>
    <message>
        <source>Name two witnesses and the method.</source>
        <translation>Nommez deux témoins et la méthode.</translation>
    </message>
    <message>
        <source>Batch {batch} is recorded as disposed of. Save its certificate, print it and have it signed.</source>
        <translation>Le lot {batch} est consigné comme aliéné. Enregistrez son certificat, imprimez-le et faites-le signer.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Certificate of batch {batch}</source>
        <translation>Certificat du lot {batch}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>awaiting authorisation</source>
        <extracomment>batch numbers the application gives: &quot;D-2026-7&quot;</extracomment>
        <translation>en attente d&apos;autorisation</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>autorisée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation>détruite ou remise</translation>
    </message>
    <message>
        <source>Certificate of destruction</source>
        <translation>Certificat de destruction</translation>
    </message>
    <message>
        <source>Certificate of return</source>
        <translation>Certificat de remise</translation>
    </message>
    <message>
        <source>Quantities destroyed in {year}</source>
        <translation>Quantités détruites en {year}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>not required (no controlled substance destroyed)</source>
        <translation>non requise (aucune substance désignée détruite)</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Reason for the request</source>
        <translation>Motif de la demande</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorisée par</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>Health Canada authorisation</source>
        <translation>Autorisation de Santé Canada</translation>
    </message>
    <message>
        <source>Reason for the authorisation</source>
        <translation>Motif de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Weight destroyed</source>
        <translation>Poids détruit</translation>
    </message>
    <message>
        <source>Weight returned</source>
        <translation>Poids remis</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>{n} exhibit</source>
        <translation>{n} pièce</translation>
    </message>
    <message>
        <source>{n} exhibits</source>
        <translation>{n} pièces</translation>
    </message>
    <message>
        <source>{agency} · disposal batch {batch}</source>
        <translation>{agency} · lot d&apos;aliénation {batch}</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Témoins</translation>
    </message>
    <message>
        <source>We certify that the exhibits listed above were destroyed in our presence, each identified by its scanned label before destruction.</source>
        <translation>Nous certifions que les pièces énumérées ci-dessus ont été détruites en notre présence, chacune identifiée par son étiquette scannée avant la destruction.</translation>
    </message>
    <message>
        <source>We certify that the exhibits listed above were returned in our presence, each identified by its scanned label before release.</source>
        <translation>Nous certifions que les pièces énumérées ci-dessus ont été remises en notre présence, chacune identifiée par son étiquette scannée avant sa remise.</translation>
    </message>
    <message>
        <source>Witness 1</source>
        <translation>Témoin 1</translation>
    </message>
    <message>
        <source>Witness 2</source>
        <translation>Témoin 2</translation>
    </message>
    <message>
        <source>Nothing was destroyed in {year}.</source>
        <translation>Rien n&apos;a été détruit en {year}.</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>Masse (kg)</translation>
    </message>
    <message>
        <source>{substance}, all methods</source>
        <translation>{substance}, toutes méthodes</translation>
    </message>
    <message>
        <source>All substances</source>
        <translation>Toutes les substances</translation>
    </message>
    <message>
        <source>* Some exhibits were weighed by count or volume: they are counted, not in the mass.</source>
        <translation>* Certaines pièces ont été mesurées en nombre ou en volume : elles sont comptées, mais pas dans la masse.</translation>
    </message>
    <message>
        <source>Printed {time} by {who}</source>
        <translation>Imprimé le {time} par {who}</translation>
    </message>
    <message>
        <source>Audit chain {hash}</source>
        <translation>Chaîne d&apos;audit {hash}</translation>
    </message>
    <message>
        <source>page {page} of {total}</source>
        <translation>page {page} de {total}</translation>
    </message>
    <message>
        <source>there is no disposal batch {batch}</source>
        <extracomment>exhibits whose destruction needs a lab result first (what they are must be proven before it is gone)</extracomment>
        <translation>il n&apos;y a pas de lot d&apos;aliénation {batch}</translation>
    </message>
    <message>
        <source>name at least one exhibit to dispose of</source>
        <translation>nommez au moins une pièce à aliéner</translation>
    </message>
    <message>
        <source>batch {batch} is {status}: nothing waits for that</source>
        <translation>le lot {batch} est {status} : rien n&apos;attend cette décision</translation>
    </message>
    <message>
        <source>{code}: {substance} is a controlled substance (CDSA schedule {schedule}): Health Canada&apos;s destruction authorisation number is required</source>
        <translation>{code} : {substance} est une substance désignée (annexe {schedule} de la LRCDAS) : le numéro d&apos;autorisation de destruction de Santé Canada est requis</translation>
    </message>
    <message>
        <source>batch {batch} is {status}, not authorised: it cannot be disposed of</source>
        <translation>le lot {batch} est {status}, non autorisé : il ne peut pas être aliéné</translation>
    </message>
    <message>
        <source>{code}: a weight is given for an exhibit not in batch {batch}</source>
        <translation>{code} : un poids est donné pour une pièce qui n&apos;est pas dans le lot {batch}</translation>
    </message>
    <message>
        <source>{code}: no weight is recorded: give the weight destroyed</source>
        <translation>{code} : aucun poids n&apos;est consigné : donnez le poids détruit</translation>
    </message>
    <message>
        <source>{code} is not an exhibit of batch {batch}</source>
        <translation>{code} n&apos;est pas une pièce du lot {batch}</translation>
    </message>
    <message>
        <source>{code}: not scanned; every item is scanned before it is disposed of</source>
        <translation>{code} : non scanné; chaque article est scanné avant d&apos;être aliéné</translation>
    </message>
    <message>
        <source>{code} is named twice</source>
        <translation>{code} est nommé deux fois</translation>
    </message>
    <message>
        <source>{code}: case {case} is {status}, not approved</source>
        <translation>{code} : le dossier {case} est {status}, non approuvé</translation>
    </message>
    <message>
        <source>{code}: a {kind} exhibit has no lab result: it cannot be destroyed before the lab confirms what it is</source>
        <translation>{code} : une pièce de type {kind} n&apos;a pas de résultat de laboratoire : elle ne peut pas être détruite avant que le laboratoire confirme ce qu&apos;elle est</translation>
    </message>
    <message>
        <source>batch {batch} is not disposed of yet: its certificate is printed after the witnessed destruction or return</source>
        <translation>le lot {batch} n&apos;est pas encore aliéné : son certificat s&apos;imprime après la destruction ou la remise devant témoins</translation>
    </message>
    <message>
        <source>year {year} is not a year (1900 to 9999)</source>
        <translation>{year} n&apos;est pas une année (1900 à 9999)</translation>
    </message>
</context>
<context>
    <name>DisposalsDialog</name>
    <message>
        <source>Disposals</source>
        <translation>Aliénations</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>&amp;Lots :</translation>
    </message>
    <message>
        <source>&amp;Authorise…</source>
        <translation>&amp;Autoriser…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Witnessed destruction…</source>
        <translation>Destruction devant &amp;témoins…</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificat…</translation>
    </message>
    <message>
        <source>&amp;Yearly report…</source>
        <translation>Rapport a&amp;nnuel…</translation>
    </message>
    <message>
        <source>the quantities destroyed in a year, by substance and method (PDF)</source>
        <translation>les quantités détruites en un an, par substance et par méthode (PDF)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>destruction</source>
        <translation>destruction</translation>
    </message>
    <message>
        <source>return</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>{count} batch(es) awaiting authorisation.</source>
        <translation>{count} lot(s) en attente d&apos;autorisation.</translation>
    </message>
    <message>
        <source>No batch awaits authorisation.</source>
        <translation>Aucun lot n&apos;attend d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Only a supervisor authorises or refuses a disposal.</source>
        <translation>Seul un superviseur autorise ou refuse une aliénation.</translation>
    </message>
    <message>
        <source>Certificate of batch {batch}</source>
        <translation>Certificat du lot {batch}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>{path} écrit.</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Quantities destroyed in:</source>
        <translation>Quantités détruites en :</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>caseapp: unexpected error</source>
        <translation>caseapp : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

What you were doing was not finished; the rest of the application keeps working. The details are in the log; copy them for your support contact.</source>
        <translation>Un problème est survenu : {summary}

Ce que vous faisiez n&apos;a pas été terminé; le reste de l&apos;application continue de fonctionner. Les détails sont dans le journal; copiez-les pour votre personne-ressource du soutien.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>ExhibitDelegate</name>
    <message>
        <source>exhibit {number} {column}</source>
        <extracomment>editor property: the model&apos;s value of the cell when it was last put into the editor</extracomment>
        <translation>pièce {number}, {column}</translation>
    </message>
</context>
<context>
    <name>ExhibitsModel</name>
    <message>
        <source>⚠ HAZARD</source>
        <translation>⚠ DANGER</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>the context of the column titles and tips (the model translates them when a view asks)</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>given when the case is saved</source>
        <translation>attribué à l&apos;enregistrement du dossier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Substance (suspected)</source>
        <translation>Substance (soupçonnée)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>a number, or &apos;{unknown}&apos;</source>
        <translation>un nombre, ou « {unknown} »</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>a count beside a mass: 5000 tablets weighing 550 g</source>
        <translation>un nombre à côté d&apos;une masse : 5000 comprimés pesant 550 g</translation>
    </message>
    <message>
        <source>Count unit</source>
        <translation>Unité de nombre</translation>
    </message>
    <message>
        <source>Net/gross</source>
        <translation>Net/brut</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Field test</source>
        <translation>Test sur le terrain</translation>
    </message>
    <message>
        <source>Lab: substance</source>
        <translation>Labo : substance</translation>
    </message>
    <message>
        <source>Lab: purity %</source>
        <translation>Labo : pureté %</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>kg-equivalent</source>
        <translation>Équivalent kg</translation>
    </message>
    <message>
        <source>computed; ~ marks an estimate</source>
        <translation>calculé; ~ marque une estimation</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>from the catalogue: fentanyl-class and other hazardous substances</source>
        <translation>selon le catalogue : substances de la classe du fentanyl et autres substances dangereuses</translation>
    </message>
    <message>
        <source>a whole number of packages</source>
        <extracomment>validation field suffix -&gt; column key validation marks by column key; kept on the row so they move with it when rows are removed</extracomment>
        <translation>un nombre entier de colis</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>columns whose header click asks for an order the store provides
----------
a quantity not known, in any language; the window shows unknown_word()</extracomment>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>ExhibitsTable</name>
    <message>
        <source>exhibits</source>
        <extracomment>why a stored exhibit (by id) may not be removed (custody events, attachments), or None</extracomment>
        <translation>pièces</translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Quantity un&amp;known</source>
        <translation>&amp;Quantité inconnue</translation>
    </message>
    <message>
        <source>mark the selected exhibit&apos;s quantity as deliberately unknown</source>
        <translation>marquer la quantité de la pièce choisie comme délibérément inconnue</translation>
    </message>
    <message>
        <source>Exhibit not removed</source>
        <translation>Pièce non retirée</translation>
    </message>
</context>
<context>
    <name>ExternalNumbers</name>
    <message>
        <source>RCMP file</source>
        <translation>Dossier de la GRC</translation>
    </message>
    <message>
        <source>CBSA seizure number</source>
        <translation>Numéro de saisie de l’ASFC</translation>
    </message>
    <message>
        <source>Lab sample number</source>
        <translation>Numéro d’échantillon du laboratoire</translation>
    </message>
    <message>
        <source>Crown file</source>
        <translation>Dossier de la Couronne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of number; the kinds are: {kinds}</source>
        <translation>« {kind} » n’est pas un genre de numéro; les genres sont : {kinds}</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>le numéro est vide</translation>
    </message>
    <message>
        <source>the number is {n} characters long; at most {max}</source>
        <translation>le numéro compte {n} caractères; au plus {max}</translation>
    </message>
    <message>
        <source>the number holds control or invisible characters</source>
        <translation>le numéro contient des caractères de contrôle ou invisibles</translation>
    </message>
    <message>
        <source>the number &apos;{value}&apos; has no letter or digit</source>
        <translation>le numéro « {value} » n’a ni lettre ni chiffre</translation>
    </message>
    <message>
        <source>case {case} has no exhibit {exhibit}</source>
        <translation>le dossier {case} n’a pas de pièce {exhibit}</translation>
    </message>
    <message>
        <source>there is no external number {id}</source>
        <translation>il n’y a pas de numéro externe {id}</translation>
    </message>
    <message>
        <source>{where} already has the {kind} {value}</source>
        <translation>{where} a déjà le numéro {kind} {value}</translation>
    </message>
    <message>
        <source>removing a number needs a reason</source>
        <translation>retirer un numéro demande un motif</translation>
    </message>
    <message>
        <source>number {id} was removed already, by {by} on {at}</source>
        <translation>le numéro {id} a déjà été retiré, par {by} le {at}</translation>
    </message>
    <message>
        <source>only {login} or a supervisor removes number {id}</source>
        <translation>seuls {login} ou un superviseur retirent le numéro {id}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Case files (*.json *.csv);;JSON (*.json);;CSV or UN IDS (*.csv);;All files (*)</source>
        <translation>Fichiers de dossiers (*.json *.csv);;JSON (*.json);;CSV ou IDS de l&apos;ONU (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{file}: {errors} in {rejected} of {records}, so nothing was written.</source>
        <translation>{file} : {errors} dans {rejected} des {records}, donc rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A server database is not replaced from the window. To put a backup file back, create an empty database on the server and run: caseapp-cli --db BACKUP-FILE migrate --to postgresql://... (it copies the backup and verifies the copy).</source>
        <extracomment>why the window restores no backup over a server database, and what does</extracomment>
        <translation>Une base de données sur serveur n&apos;est pas remplacée depuis la fenêtre. Pour rétablir un fichier de sauvegarde, créez une base de données vide sur le serveur et lancez : caseapp-cli --db FICHIER-DE-SAUVEGARDE migrate --to postgresql://... (la sauvegarde est copiée et la copie vérifiée).</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>{imported} imported from {file}; {rejected} rejected; {warnings}.</source>
        <translation>{imported} importés de {file}; {rejected} rejetés; {warnings}.</translation>
    </message>
    <message>
        <source>Export every case</source>
        <translation>Exporter tous les dossiers</translation>
    </message>
    <message>
        <source>Exported {cases} to {path}</source>
        <translation>{cases} exportés vers {path}</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportation vers {file}…</translation>
    </message>
    <message>
        <source>{entries} and {rows} checked</source>
        <translation>{entries} et {rows} vérifiées</translation>
    </message>
    <message>
        <source>&amp;Import the {n} valid record</source>
        <translation>&amp;Importer l&apos;enregistrement valide ({n})</translation>
    </message>
    <message>
        <source>&amp;Import the {n} valid records</source>
        <translation>&amp;Importer les {n} enregistrements valides</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
    <message>
        <source>{n} case</source>
        <translation>{n} dossier</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <source>{n} exhibit</source>
        <translation>{n} pièce</translation>
    </message>
    <message>
        <source>{n} exhibits</source>
        <translation>{n} pièces</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} erreur</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} erreurs</translation>
    </message>
    <message>
        <source>{n} record</source>
        <translation>{n} enregistrement</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} enregistrements</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>{n} audit entry</source>
        <translation>{n} entrée de vérification</translation>
    </message>
    <message>
        <source>{n} audit entries</source>
        <translation>{n} entrées de vérification</translation>
    </message>
    <message>
        <source>Database verified</source>
        <translation>Base de données vérifiée</translation>
    </message>
    <message>
        <source>Intact: {checked}.

Latest chain hash (note it to detect later removals):
{hash}</source>
        <translation>Intacte : {checked}.

Dernière empreinte de chaîne (notez-la pour détecter plus tard des retraits) :
{hash}</translation>
    </message>
    <message>
        <source>Database damaged or tampered with</source>
        <translation>Base de données endommagée ou altérée</translation>
    </message>
    <message>
        <source>Verifying the database…</source>
        <translation>Vérification de la base de données…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>caseapp database (*.sqlite3)</source>
        <translation>Base de données caseapp (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>{cases} and {exhibits} copied to {path}.

Audit chain hash (kept in {record}):
{hash}

First admin&apos;s key fingerprint:
{key}</source>
        <translation>{cases} et {exhibits} copiés dans {path}.

Empreinte de la chaîne de vérification (conservée dans {record}) :
{hash}

Empreinte de la clé du premier administrateur :
{key}</translation>
    </message>
    <message>
        <source>Backing up to {file}…</source>
        <translation>Sauvegarde dans {file}…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>caseapp database (*.sqlite3);;All files (*)</source>
        <translation>Base de données caseapp (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the database with {file}? It is checked first; the current database is kept beside it. caseapp closes afterwards: start it again.</source>
        <translation>Remplacer la base de données par {file}? Elle est d&apos;abord vérifiée; la base de données actuelle est conservée à côté. caseapp se ferme ensuite : relancez-le.</translation>
    </message>
    <message>
        <source>Restore it anyway?</source>
        <translation>La restaurer quand même?</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Restored from {file}. The replaced database is kept at {kept}. caseapp closes now; start it again.</source>
        <translation>Restaurée à partir de {file}. La base de données remplacée est conservée dans {kept}. caseapp se ferme maintenant; relancez-le.</translation>
    </message>
    <message>
        <source>Checking and restoring {file}…</source>
        <translation>Vérification et restauration de {file}…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {error}</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être écrite : {error}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <source>This database has no users yet: the account you create now is its administrator, who adds the officers and supervisors and manages their accounts.</source>
        <translation>Cette base de données n&apos;a pas encore d&apos;utilisateurs : le compte que vous créez maintenant en est l&apos;administrateur, qui ajoute les agents et les superviseurs et gère leurs comptes.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>as printed on reports (optional)</source>
        <translation>tel qu&apos;imprimé sur les rapports (facultatif)</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Badge:</source>
        <translation>&amp;Matricule :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>Problem with the new account</source>
        <translation>Problème avec le nouveau compte</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>the two passwords differ: type the password again in Repeat password</source>
        <translation>les deux mots de passe diffèrent : tapez de nouveau le mot de passe dans Répéter le mot de passe</translation>
    </message>
</context>
<context>
    <name>FunctionTask</name>
    <message>
        <source>the file could not be replaced: {error}</source>
        <translation>le fichier n&apos;a pas pu être remplacé : {error}</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>{path} is {kind}: choose another name for {what}; nothing was written</source>
        <translation>{path} est {kind} : choisissez un autre nom pour {what}; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>{path} is {kind}: it cannot be {what}; nothing was done</source>
        <translation>{path} est {kind} : il ne peut pas être {what}; rien n&apos;a été fait</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Hand-over package</source>
        <translation>Dossier de remise</translation>
    </message>
    <message>
        <source>Open or select a case first.</source>
        <translation>Ouvrez ou sélectionnez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>Hand-over package (*.zip)</source>
        <translation>Dossier de remise (*.zip)</translation>
    </message>
    <message>
        <source>Wrote the hand-over package of case {case} to {path}</source>
        <translation>Dossier de remise du dossier {case} écrit dans {path}</translation>
    </message>
    <message>
        <source>Making the hand-over package {file}…</source>
        <translation>Préparation du dossier de remise {file}…</translation>
    </message>
    <message>
        <source>Import a hand-over package</source>
        <translation>Importer un dossier de remise</translation>
    </message>
    <message>
        <source>Where are the exhibits put on receipt? (a location code; may be left empty)</source>
        <translation>Où les pièces sont-elles placées à la réception? (un code d&apos;emplacement; peut rester vide)</translation>
    </message>
    <message>
        <source>{n} exhibit received</source>
        <translation>{n} pièce reçue</translation>
    </message>
    <message>
        <source>{n} exhibits received</source>
        <translation>{n} pièces reçues</translation>
    </message>
    <message>
        <source>{n} custody event</source>
        <translation>{n} événement de continuité</translation>
    </message>
    <message>
        <source>{n} custody events</source>
        <translation>{n} événements de continuité</translation>
    </message>
    <message>
        <source>{n} attachment</source>
        <translation>{n} pièce jointe</translation>
    </message>
    <message>
        <source>{n} attachments</source>
        <translation>{n} pièces jointes</translation>
    </message>
    <message>
        <source>Hand-over package imported</source>
        <translation>Dossier de remise importé</translation>
    </message>
    <message>
        <source>Case {case} from {agency}: {exhibits}, {events}, {attachments}.</source>
        <translation>Dossier {case} de {agency} : {exhibits}, {events}, {attachments}.</translation>
    </message>
    <message>
        <source>Importing the hand-over package {file}…</source>
        <translation>Importation du dossier de remise {file}…</translation>
    </message>
</context>
<context>
    <name>IdsFile</name>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path} : le fichier est vide</translation>
    </message>
    <message>
        <source>{path}: not the UNODC IDS layout (expected the header {header})</source>
        <translation>{path} : ce n&apos;est pas la disposition IDS de l&apos;ONUDC (en-tête attendu : {header})</translation>
    </message>
    <message>
        <source>{path}: line {line}: {csv_problem}</source>
        <translation>{path} : ligne {line} : {csv_problem}</translation>
    </message>
</context>
<context>
    <name>Inventory</name>
    <message>
        <source>no custody recorded</source>
        <translation>aucune garde consignée</translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation>aliénée</translation>
    </message>
    <message>
        <source>no location recorded</source>
        <translation>aucun lieu consigné</translation>
    </message>
    <message>
        <source>checked out (from {place})</source>
        <translation>sortie (de {place})</translation>
    </message>
    <message>
        <source>at the lab (held by {holder})</source>
        <translation>au laboratoire (détenue par {holder})</translation>
    </message>
    <message>
        <source>not a code of this application</source>
        <translation>pas un code de cette application</translation>
    </message>
    <message>
        <source>no such exhibit in this database</source>
        <translation>aucune pièce de ce numéro dans cette base</translation>
    </message>
    <message>
        <source>a case label, not an exhibit</source>
        <translation>l&apos;étiquette d&apos;un dossier, pas d&apos;une pièce</translation>
    </message>
    <message>
        <source>a location label, not an exhibit</source>
        <translation>l&apos;étiquette d&apos;un emplacement, pas d&apos;une pièce</translation>
    </message>
    <message>
        <source>a person&apos;s badge, not an exhibit</source>
        <translation>l&apos;insigne d&apos;une personne, pas une pièce</translation>
    </message>
    <message>
        <source>a scanned code of {count} characters: a label carries at most {most}</source>
        <translation>un code lu de {count} caractères : une étiquette en porte au plus {most}</translation>
    </message>
    <message>
        <source>location of {count} characters: a location is at most {most}</source>
        <translation>emplacement de {count} caractères : un emplacement en compte au plus {most}</translation>
    </message>
    <message>
        <source>location is required: scan the shelf&apos;s LOC: label or type its code</source>
        <translation>l&apos;emplacement est obligatoire : lisez l&apos;étiquette LOC: de la tablette ou tapez son code</translation>
    </message>
    <message>
        <source>location &apos;{text}&apos; is not a storage location: scan the shelf&apos;s LOC: label or type its code</source>
        <translation>« {text} » n&apos;est pas un emplacement d&apos;entreposage : lisez l&apos;étiquette LOC: de la tablette ou tapez son code</translation>
    </message>
    <message>
        <source>{count} codes scanned: an audit takes at most {most}</source>
        <translation>{count} codes lus : une vérification en prend au plus {most}</translation>
    </message>
    <message>
        <source>started &apos;{text}&apos; is not a date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>le début « {text} » n&apos;est pas une date et une heure (AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <source>started &apos;{text}&apos; is after the audit&apos;s end ({end})</source>
        <translation>le début « {text} » est postérieur à la fin de la vérification ({end})</translation>
    </message>
    <message>
        <source>there is no inventory audit {number}</source>
        <translation>il n&apos;y a pas de vérification d&apos;inventaire {number}</translation>
    </message>
</context>
<context>
    <name>InventoryAuditDialog</name>
    <message>
        <source>seal {seal}</source>
        <translation>scellé {seal}</translation>
    </message>
    <message>
        <source>custody: {where}</source>
        <translation>garde : {where}</translation>
    </message>
    <message>
        <source>Inventory audit</source>
        <translation>Vérification d&apos;inventaire</translation>
    </message>
    <message>
        <source>&amp;Scan a location</source>
        <translation>Lire un &amp;emplacement</translation>
    </message>
    <message>
        <source>&amp;Past audits</source>
        <translation>&amp;Vérifications antérieures</translation>
    </message>
    <message>
        <source>scan the shelf&apos;s LOC: label, or type its code</source>
        <translation>lisez l&apos;étiquette LOC: de la tablette, ou tapez son code</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>E&amp;mplacement :</translation>
    </message>
    <message>
        <source>scan each exhibit&apos;s label (or type CASE/NN and Enter)</source>
        <translation>lisez l&apos;étiquette de chaque pièce (ou tapez DOSSIER/NN et Entrée)</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>&amp;Code lu :</translation>
    </message>
    <message>
        <source>Scan or type the location first.</source>
        <translation>Lisez ou tapez d&apos;abord l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Finish and record</source>
        <translation>&amp;Terminer et consigner</translation>
    </message>
    <message>
        <source>P&amp;rint the report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>&amp;New audit</source>
        <translation>&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Found / missing / unexpected / unknown</source>
        <translation>Trouvées / manquantes / inattendues / inconnus</translation>
    </message>
    <message>
        <source>Print the selected audit&apos;s repor&amp;t…</source>
        <translation>Imprimer le &amp;rapport de la vérification choisie…</translation>
    </message>
    <message>
        <source>Found ({count})</source>
        <translation>Trouvées ({count})</translation>
    </message>
    <message>
        <source>Missing ({count})</source>
        <translation>Manquantes ({count})</translation>
    </message>
    <message>
        <source>Unexpected ({count})</source>
        <translation>Inattendues ({count})</translation>
    </message>
    <message>
        <source>Unknown ({count})</source>
        <translation>Codes inconnus ({count})</translation>
    </message>
    <message>
        <source>{n} exhibit recorded here</source>
        <translation>{n} pièce consignée ici</translation>
    </message>
    <message>
        <source>{n} exhibits recorded here</source>
        <translation>{n} pièces consignées ici</translation>
    </message>
    <message>
        <source>{n} code scanned</source>
        <translation>{n} code lu</translation>
    </message>
    <message>
        <source>{n} codes scanned</source>
        <translation>{n} codes lus</translation>
    </message>
    <message>
        <source>{location}: {recorded}, {scanned}.</source>
        <translation>{location} : {recorded}, {scanned}.</translation>
    </message>
    <message>
        <source>Scanned twice: {codes}.</source>
        <translation>Lus deux fois : {codes}.</translation>
    </message>
    <message>
        <source>Recorded as audit {number}.</source>
        <translation>Consignée comme vérification {number}.</translation>
    </message>
    <message>
        <source>Scans not recorded</source>
        <translation>Codes lus non consignés</translation>
    </message>
    <message>
        <source>{count} codes scanned at {location} are not recorded. Discard them?</source>
        <translation>{count} codes lus à {location} ne sont pas consignés. Les abandonner?</translation>
    </message>
    <message>
        <source>Inventory audit report</source>
        <extracomment>the main window (its app, user and Printing); not imported, so the window can import this module</extracomment>
        <translation>Rapport de vérification d&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>InventoryReport</name>
    <message>
        <source>Inventory audit report</source>
        <translation>Rapport de vérification d&apos;inventaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Audit number</source>
        <translation>Numéro de vérification</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Audited by</source>
        <translation>Vérifiée par</translation>
    </message>
    <message>
        <source>Codes scanned</source>
        <translation>Codes lus</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvées</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquantes</translation>
    </message>
    <message>
        <source>Unexpected</source>
        <translation>Inattendues</translation>
    </message>
    <message>
        <source>Unknown codes</source>
        <translation>Codes inconnus</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Lues deux fois</translation>
    </message>
    <message>
        <source>Everything recorded at this location was found, and nothing else.</source>
        <translation>Tout ce qui est consigné à cet emplacement a été trouvé, et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Discrepancies: each missing exhibit stays in the queue of missing exhibits until a custody event with a reason accounts for it.</source>
        <translation>Écarts : chaque pièce manquante reste dans la file des pièces manquantes jusqu&apos;à ce qu&apos;un événement de garde motivé en rende compte.</translation>
    </message>
    <message>
        <source>{agency} · evidence room</source>
        <translation>{agency} · salle des pièces à conviction</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation>Registre de garde</translation>
    </message>
    <message>
        <source>Unknown codes ({count})</source>
        <translation>Codes inconnus ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Code as scanned</source>
        <translation>Code tel que lu</translation>
    </message>
    <message>
        <source>Why it is unknown</source>
        <translation>Pourquoi il est inconnu</translation>
    </message>
    <message>
        <source>Scanned more than once ({count})</source>
        <translation>Lues plus d&apos;une fois ({count})</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Vérificateur</translation>
    </message>
    <message>
        <source>Evidence room supervisor</source>
        <translation>Superviseur de la salle des pièces</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Missing: recorded here, not scanned</source>
        <translation>Manquantes : consignées ici, non lues</translation>
    </message>
    <message>
        <source>Unexpected: scanned here, recorded elsewhere</source>
        <translation>Inattendues : lues ici, consignées ailleurs</translation>
    </message>
    <message>
        <source>{title} · {location} · audit {number}</source>
        <translation>{title} · {location} · vérification {number}</translation>
    </message>
    <message>
        <source>Generated {moment} · printed by {person}</source>
        <translation>Produit le {moment} · imprimé par {person}</translation>
    </message>
    <message>
        <source>Audit chain hash {hash}</source>
        <translation>Empreinte de la chaîne de vérification {hash}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} de {total}</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>{path}: the file is UTF-16 or UTF-32; JSON files are UTF-8 (save it as UTF-8)</source>
        <translation>{path} : le fichier est en UTF-16 ou UTF-32; les fichiers JSON sont en UTF-8 (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>{path}: expected an object with a &quot;cases&quot; list</source>
        <translation>{path} : un objet avec une liste « cases » était attendu</translation>
    </message>
    <message>
        <source>{path}: the key &quot;{value}&quot; is given twice in one object ({prefix}); the file is ambiguous</source>
        <translation>{path} : la clé « {value} » est donnée deux fois dans un objet ({prefix}); le fichier est ambigu</translation>
    </message>
    <message>
        <source>{path}: an object with more than {max_keys} keys</source>
        <translation>{path} : un objet de plus de {max_keys} clés</translation>
    </message>
    <message>
        <source>{path}: no &quot;cases&quot; list found (expected {{&quot;cases&quot;: [...]}})</source>
        <translation>{path} : aucune liste « cases » trouvée ({{&quot;cases&quot;: [...]}} était attendu)</translation>
    </message>
    <message>
        <source>JSON files are UTF-8; --encoding applies to CSV files</source>
        <translation>les fichiers JSON sont en UTF-8; --encoding s&apos;applique aux fichiers CSV</translation>
    </message>
    <message>
        <source>{path}: refused after case {number}: {error}</source>
        <translation>{path} : refusé après le dossier {number} : {error}</translation>
    </message>
    <message>
        <source>{path}: not valid JSON after case {number}: {short}</source>
        <translation>{path} : JSON non valide après le dossier {number} : {short}</translation>
    </message>
    <message>
        <source>{path}: truncated JSON after case {number}: {short}</source>
        <translation>{path} : JSON tronqué après le dossier {number} : {short}</translation>
    </message>
    <message>
        <source>{path}: not valid UTF-8 (after case {number})</source>
        <translation>{path} : UTF-8 non valide (après le dossier {number})</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <source>&apos;{number}&apos; is not a lab request number (LR-CASE-N)</source>
        <translation>« {number} » n&apos;est pas un numéro de demande d&apos;analyse (LR-DOSSIER-N)</translation>
    </message>
    <message>
        <source>lab: name the lab the exhibits go to</source>
        <translation>lab : nommez le laboratoire où vont les pièces</translation>
    </message>
    <message>
        <source>exhibits: choose at least one exhibit</source>
        <translation>exhibits : choisissez au moins une pièce</translation>
    </message>
    <message>
        <source>exhibit {number} is chosen twice</source>
        <translation>la pièce {number} est choisie deux fois</translation>
    </message>
    <message>
        <source>sample {number}: that exhibit is not in the request</source>
        <translation>échantillon {number} : cette pièce n&apos;est pas dans la demande</translation>
    </message>
    <message>
        <source>exhibit {number}: {problem}</source>
        <translation>pièce {number} : {problem}</translation>
    </message>
    <message>
        <source>no lab request {number}</source>
        <translation>aucune demande d&apos;analyse {number}</translation>
    </message>
    <message>
        <source>substance: give the substance the lab confirmed</source>
        <translation>substance : indiquez la substance confirmée par le laboratoire</translation>
    </message>
    <message>
        <source>purity: &apos;{text}&apos; is not a percentage from 0 to 100</source>
        <translation>purity : « {text} » n&apos;est pas un pourcentage de 0 à 100</translation>
    </message>
</context>
<context>
    <name>LabButtons</name>
    <message>
        <source>Request anal&amp;ysis…</source>
        <translation>Demander une anal&amp;yse…</translation>
    </message>
    <message>
        <source>Request analysis</source>
        <translation>Demander une analyse</translation>
    </message>
    <message>
        <source>Lab res&amp;ult…</source>
        <translation>Résultat du &amp;laboratoire…</translation>
    </message>
    <message>
        <source>Enter lab result</source>
        <translation>Saisir le résultat du laboratoire</translation>
    </message>
    <message>
        <source>Lab for&amp;m…</source>
        <translation>For&amp;mulaire d&apos;analyse…</translation>
    </message>
    <message>
        <source>Print the lab request form again</source>
        <translation>Réimprimer le formulaire de demande d&apos;analyse</translation>
    </message>
    <message>
        <source>; weight discrepancy ({count})</source>
        <translation>; écart de poids ({count})</translation>
    </message>
    <message>
        <source>Save the request-for-analysis form</source>
        <translation>Enregistrer le formulaire de demande d&apos;analyse</translation>
    </message>
    <message>
        <source>The form was not saved</source>
        <translation>Le formulaire n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>LabDialogs</name>
    <message>
        <source>when: {problem}</source>
        <translation>quand : {problem}</translation>
    </message>
</context>
<context>
    <name>LabForm</name>
    <message>
        <source>Request for analysis</source>
        <translation>Demande d&apos;analyse</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Numéro de demande</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Submitting officer</source>
        <translation>Agent demandeur</translation>
    </message>
    <message>
        <source>Analysis requested</source>
        <translation>Analyse demandée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Scellé</translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation>Poids brut</translation>
    </message>
    <message>
        <source>Sample weight</source>
        <translation>Poids de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Continuité de la preuve</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Released by (submitting officer)</source>
        <translation>Remis par (agent demandeur)</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>Transporté par</translation>
    </message>
    <message>
        <source>Received at the laboratory by</source>
        <translation>Reçu au laboratoire par</translation>
    </message>
    <message>
        <source>Printed {moment} by {person} · audit chain hash {hash}</source>
        <translation>Imprimé le {moment} par {person} · empreinte de la chaîne d&apos;audit {hash}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} de {total}</translation>
    </message>
    <message>
        <source>{title} {number} · case {case}</source>
        <translation>{title} {number} · dossier {case}</translation>
    </message>
    <message>
        <source>{agency} · case {case} · request {number}</source>
        <translation>{agency} · dossier {case} · demande {number}</translation>
    </message>
    <message>
        <source>Exhibits submitted ({count})</source>
        <translation>Pièces soumises ({count})</translation>
    </message>
    <message>
        <source>Each person who takes the exhibits signs below, with the date and time; the seals are checked intact at each hand-over.</source>
        <translation>Chaque personne qui prend les pièces signe ci-dessous, avec la date et l&apos;heure; l&apos;intégrité des scellés est vérifiée à chaque remise.</translation>
    </message>
</context>
<context>
    <name>LabRequestDialog</name>
    <message>
        <source>Request analysis: case {case}</source>
        <translation>Demande d&apos;analyse : dossier {case}</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>e.g. Health Canada Drug Analysis Service</source>
        <translation>p. ex. Service d&apos;analyse des drogues de Santé Canada</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>Numéro de demande</translation>
    </message>
    <message>
        <source>Submitting officer</source>
        <translation>Agent demandeur</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Analysis requested</source>
        <translation>Analyse demandée</translation>
    </message>
    <message>
        <source>e.g. identification, purity</source>
        <translation>p. ex. identification, pureté</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Exhibits to send</source>
        <translation>Pièces à envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Sample weight</source>
        <translation>Poids de l&apos;échantillon</translation>
    </message>
    <message>
        <source>Send exhibit {number}</source>
        <translation>Envoyer la pièce {number}</translation>
    </message>
    <message>
        <source>Sample weight of exhibit {number}</source>
        <translation>Poids de l&apos;échantillon de la pièce {number}</translation>
    </message>
    <message>
        <source>e.g. 2 g</source>
        <translation>p. ex. 2 g</translation>
    </message>
    <message>
        <source>&amp;Laboratory:</source>
        <translation>&amp;Laboratoire :</translation>
    </message>
    <message>
        <source>Request number:</source>
        <translation>Numéro de demande :</translation>
    </message>
    <message>
        <source>Submitting officer:</source>
        <translation>Agent demandeur :</translation>
    </message>
    <message>
        <source>Sent &amp;at:</source>
        <translation>Date d&apos;en&amp;voi :</translation>
    </message>
    <message>
        <source>Anal&amp;ysis requested:</source>
        <translation>Anal&amp;yse demandée :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Exhibits to send, with the weight of each sample:</source>
        <translation>Pièces à envoyer, avec le poids de chaque échantillon :</translation>
    </message>
    <message>
        <source>Then save the request-for-analysis &amp;form (PDF)</source>
        <translation>Puis enregistrer le &amp;formulaire de demande d&apos;analyse (PDF)</translation>
    </message>
    <message>
        <source>One sent-to-lab custody event is recorded for each exhibit, all or none. The form can be printed again later from its request number.</source>
        <translation>Un événement « envoyé au laboratoire » est consigné pour chaque pièce, toutes ou aucune. Le formulaire peut être réimprimé plus tard à partir de son numéro de demande.</translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation>Problème avec la demande</translation>
    </message>
    <message>
        <source>&amp;Send to the lab</source>
        <translation>&amp;Envoyer au laboratoire</translation>
    </message>
</context>
<context>
    <name>LabResultDialog</name>
    <message>
        <source>Lab result: exhibit {case}/{number}</source>
        <translation>Résultat du laboratoire : pièce {case}/{number}</translation>
    </message>
    <message>
        <source>Confirmed substance</source>
        <translation>Substance confirmée</translation>
    </message>
    <message>
        <source>Purity (%)</source>
        <translation>Pureté (%)</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0 à 100</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Numéro du certificat</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Weight back from the lab</source>
        <translation>Poids au retour du laboratoire</translation>
    </message>
    <message>
        <source>e.g. 97.9 g</source>
        <translation>p. ex. 97,9 g</translation>
    </message>
    <message>
        <source>Weighed by (first person)</source>
        <translation>Pesé par (première personne)</translation>
    </message>
    <message>
        <source>Weighed by (second person)</source>
        <translation>Pesé par (deuxième personne)</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Confirmed &amp;substance:</source>
        <translation>&amp;Substance confirmée :</translation>
    </message>
    <message>
        <source>&amp;Purity (%):</source>
        <translation>&amp;Pureté (%) :</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>N° de cer&amp;tificat :</translation>
    </message>
    <message>
        <source>&amp;Laboratory:</source>
        <translation>&amp;Laboratoire :</translation>
    </message>
    <message>
        <source>&amp;Weight back:</source>
        <translation>Poids au &amp;retour :</translation>
    </message>
    <message>
        <source>Weighed &amp;by:</source>
        <translation>Pesé p&amp;ar :</translation>
    </message>
    <message>
        <source>and b&amp;y:</source>
        <translation>&amp;Deuxième personne :</translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation>Reçu l&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Drugs and cash are weighed by two people: name both with the weight back.</source>
        <translation>La drogue et l&apos;argent sont pesés par deux personnes : nommez-les toutes deux avec le poids au retour.</translation>
    </message>
    <message>
        <source>The confirmed substance is used by search and the summary from now on.</source>
        <translation>La substance confirmée est désormais utilisée par la recherche et le sommaire.</translation>
    </message>
    <message>
        <source>Problem with the result</source>
        <translation>Problème avec le résultat</translation>
    </message>
    <message>
        <source>&amp;Record result</source>
        <translation>&amp;Consigner le résultat</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Case {case} exhibit labels · printed {moment} by {person}</source>
        <translation>Étiquettes des pièces du dossier {case} · imprimées le {moment} par {person}</translation>
    </message>
    <message>
        <source>Exhibit labels {case}</source>
        <translation>Étiquettes de pièces {case}</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>{what} (lab: {substance})</source>
        <translation>{what} (labo : {substance})</translation>
    </message>
    <message>
        <source>quantity unknown</source>
        <translation>quantité inconnue</translation>
    </message>
    <message>
        <source>{n} package</source>
        <translation>{n} colis</translation>
    </message>
    <message>
        <source>{n} packages</source>
        <translation>{n} colis</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Seized by</source>
        <translation>Saisie par</translation>
    </message>
    <message>
        <source>Case {case} · Exhibit {exhibit}</source>
        <translation>Dossier {case} · Pièce {exhibit}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source> (QR only)</source>
        <translation> (QR seulement)</translation>
    </message>
    <message>
        <source> (too long for a barcode or QR code)</source>
        <translation> (trop long pour un code-barres ou un code QR)</translation>
    </message>
    <message>
        <source>Exhibit labels</source>
        <translation>Étiquettes de pièces</translation>
    </message>
    <message>
        <source>{n} exhibit label</source>
        <translation>{n} étiquette de pièce</translation>
    </message>
    <message>
        <source>{n} exhibit labels</source>
        <translation>{n} étiquettes de pièces</translation>
    </message>
    <message>
        <source>exhibit labels</source>
        <translation>étiquettes de pièces</translation>
    </message>
    <message>
        <source>sheet {page} of {total}</source>
        <translation>feuille {page} de {total}</translation>
    </message>
    <message>
        <source>Sheet {page} of {total}</source>
        <translation>Feuille {page} de {total}</translation>
    </message>
    <message>
        <source>{n} label</source>
        <translation>{n} étiquette</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>{n} étiquettes</translation>
    </message>
    <message>
        <source>{what} · printed {moment} by {person}</source>
        <translation>{what} · imprimé le {moment} par {person}</translation>
    </message>
    <message>
        <source>in {parent}</source>
        <translation>dans {parent}</translation>
    </message>
    <message>
        <source>no longer in use</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>Storage location labels</source>
        <translation>Étiquettes d&apos;emplacements d&apos;entreposage</translation>
    </message>
    <message>
        <source>Badge {badge}</source>
        <translation>Insigne {badge}</translation>
    </message>
    <message>
        <source>Badge labels</source>
        <translation>Étiquettes d&apos;insignes</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>{shown!r} is not a database location: give a database file path, or a PostgreSQL server as postgresql://[user@]host[:port]/database</source>
        <extracomment>a scheme followed by &quot;://&quot; (mysql://, sqlite:///, http://), or one of the server&apos;s schemes with a bare colon libpq&apos;s `password` parameter in a URL&apos;s query (`?password=...`), up to the next parameter</extracomment>
        <translation>{shown!r} n&apos;est pas un emplacement de base de données : donnez le chemin d&apos;un fichier de base de données, ou un serveur PostgreSQL sous la forme postgresql://[utilisateur@]hôte[:port]/base</translation>
    </message>
</context>
<context>
    <name>LocationsDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>Emplacements d&apos;entreposage</translation>
    </message>
    <message>
        <source>storage locations</source>
        <translation>emplacements d&apos;entreposage</translation>
    </message>
    <message>
        <source>Location code</source>
        <translation>Code de l&apos;emplacement</translation>
    </message>
    <message>
        <source>e.g. VAULT-A.3: printed on its label as LOC:VAULT-A.3</source>
        <translation>p. ex. VAULT-A.3 : imprimé sur son étiquette comme LOC:VAULT-A.3</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Nom de l&apos;emplacement</translation>
    </message>
    <message>
        <source>Inside location</source>
        <translation>Emplacement qui le contient</translation>
    </message>
    <message>
        <source>the code of the room or vault it is in (optional)</source>
        <translation>le code de la salle ou de la chambre forte où il se trouve (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Inside:</source>
        <translation>&amp;Dans :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes to the selected</source>
        <translation>&amp;Enregistrer les modifications de la sélection</translation>
    </message>
    <message>
        <source>&amp;Take out of use</source>
        <translation>&amp;Mettre hors service</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Add or change a location</source>
        <translation>Ajouter ou modifier un emplacement</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>&amp;Imprimer les étiquettes…</translation>
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
        <source>&amp;Put back in use</source>
        <translation>&amp;Remettre en service</translation>
    </message>
    <message>
        <source>Added {code}.</source>
        <translation>{code} ajouté.</translation>
    </message>
    <message>
        <source>Saved {code}.</source>
        <translation>{code} enregistré.</translation>
    </message>
    <message>
        <source>{code} is in use.</source>
        <translation>{code} est en service.</translation>
    </message>
    <message>
        <source>{code} is out of use.</source>
        <translation>{code} est hors service.</translation>
    </message>
    <message>
        <source>Save the location labels</source>
        <translation>Enregistrer les étiquettes d&apos;emplacements</translation>
    </message>
    <message>
        <source>Labels saved: {path} ({pages} pages)</source>
        <translation>Étiquettes enregistrées : {path} ({pages} pages)</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>wrong login name or password, or the account is deactivated</source>
        <translation>nom d&apos;utilisateur ou mot de passe erroné, ou compte désactivé</translation>
    </message>
    <message>
        <source>this server database has no accounts yet: its owner creates the first admin with caseapp-cli --db URL init --admin NAME</source>
        <translation>cette base de données du serveur n&apos;a encore aucun compte : son propriétaire crée le premier administrateur avec caseapp-cli --db URL init --admin NAME</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>type your login name</source>
        <translation>tapez votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>type your password</source>
        <translation>tapez votre mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Submitted {case}</source>
        <extracomment>the status bar&apos;s word for the workflow steps a case tab reports as saves (audit actions)</extracomment>
        <translation>{case} soumis</translation>
    </message>
    <message>
        <source>Approved {case}</source>
        <translation>{case} approuvé</translation>
    </message>
    <message>
        <source>Returned {case}</source>
        <translation>{case} renvoyé</translation>
    </message>
    <message>
        <source>case list</source>
        <translation>liste des dossiers</translation>
    </message>
    <message>
        <source>filter cases</source>
        <translation>filtrer les dossiers</translation>
    </message>
    <message>
        <source>Filter: a case number, or words from place, substance, narrative…</source>
        <translation>Filtre : un numéro de dossier, ou des mots du lieu, de la substance, de l&apos;exposé des faits…</translation>
    </message>
    <message>
        <source>status filter</source>
        <translation>filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>connected to</source>
        <translation>connecté à</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>record a new seizure</source>
        <translation>consigner une nouvelle saisie</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Ouvrir la sélection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>search past seizures by substance, route, time, place and words</source>
        <translation>rechercher les saisies passées par substance, itinéraire, période, lieu et mots</translation>
    </message>
    <message>
        <source>&amp;Filter the case list</source>
        <translation>&amp;Filtrer la liste des dossiers</translation>
    </message>
    <message>
        <source>E&amp;xport results to CSV…</source>
        <translation>E&amp;xporter les résultats en CSV…</translation>
    </message>
    <message>
        <source>Sa&amp;ve this search…</source>
        <translation>Enregistrer cette recherc&amp;he…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>import a JSON, CSV or IDS file</source>
        <translation>importer un fichier JSON, CSV ou IDS</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>export every case</source>
        <translation>exporter tous les dossiers</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval</source>
        <translation>Soumettre pour appro&amp;bation</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;turn to officer…</source>
        <translation>Ren&amp;voyer à l&apos;agent…</translation>
    </message>
    <message>
        <source>Case &amp;report (PDF)…</source>
        <translation>&amp;Rapport d&apos;incident (PDF)…</translation>
    </message>
    <message>
        <source>the case incident report, to print and sign</source>
        <translation>le rapport d&apos;incident du dossier, à imprimer et à signer</translation>
    </message>
    <message>
        <source>Exhibit &amp;labels (PDF)…</source>
        <translation>É&amp;tiquettes de pièces (PDF)…</translation>
    </message>
    <message>
        <source>Su&amp;mmary of the results (PDF)…</source>
        <translation>So&amp;mmaire des résultats (PDF)…</translation>
    </message>
    <message>
        <source>totals, trend, origins and the largest seizures of this search</source>
        <translation>totaux, tendance, origines et plus grandes saisies de cette recherche</translation>
    </message>
    <message>
        <source>&amp;Verify database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>check the audit chain and every row</source>
        <translation>vérifier la chaîne de vérification et chaque ligne</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>a checked copy, safe while others work</source>
        <translation>une copie vérifiée, sans risque pendant que d&apos;autres travaillent</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>replace the database with a checked backup (admin)</source>
        <translation>remplacer la base de données par une sauvegarde vérifiée (administrateur)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>the language of the window</source>
        <translation>la langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;About caseapp</source>
        <translation>À &amp;propos de caseapp</translation>
    </message>
    <message>
        <source>&amp;Hand-over package…</source>
        <translation>&amp;Dossier de remise…</translation>
    </message>
    <message>
        <source>the case&apos;s papers, data and attachments in one signed ZIP</source>
        <translation>les documents, les données et les pièces jointes du dossier dans un ZIP signé</translation>
    </message>
    <message>
        <source>Import hand-over &amp;package…</source>
        <translation>Importer un &amp;dossier de remise…</translation>
    </message>
    <message>
        <source>a case handed over by another agency</source>
        <translation>un dossier remis par un autre organisme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>Rec&amp;herche</translation>
    </message>
    <message>
        <source>Saved searc&amp;hes</source>
        <translation>Recherches e&amp;nregistrées</translation>
    </message>
    <message>
        <source>&amp;Delete a saved search</source>
        <translation>&amp;Supprimer une recherche enregistrée</translation>
    </message>
    <message>
        <source>&amp;Disposals…</source>
        <translation>A&amp;liénations…</translation>
    </message>
    <message>
        <source>Too&amp;ls</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>A&amp;gency settings…</source>
        <translation>Paramètres de l&apos;or&amp;ganisme…</translation>
    </message>
    <message>
        <source>Agency&apos;s own s&amp;ubstances…</source>
        <translation>S&amp;ubstances propres à l&apos;organisme…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces à conviction</translation>
    </message>
    <message>
        <source>&amp;Inventory audit…</source>
        <translation>Vérification d&apos;&amp;inventaire…</translation>
    </message>
    <message>
        <source>Evidence roo&amp;m settings…</source>
        <translation>Paramètres de la salle des pièce&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>That column cannot be sorted in the case list; use Search.</source>
        <translation>Cette colonne ne peut pas être triée dans la liste des dossiers; utilisez la recherche.</translation>
    </message>
    <message>
        <source>No case matches the filter.</source>
        <translation>Aucun dossier ne correspond au filtre.</translation>
    </message>
    <message>
        <source>{n} matching</source>
        <translation>correspondances : {n}</translation>
    </message>
    <message>
        <source>{n} case</source>
        <translation>{n} dossier</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} dossiers</translation>
    </message>
    <message>
        <source>{n} exhibit</source>
        <translation>{n} pièce</translation>
    </message>
    <message>
        <source>{n} exhibits</source>
        <translation>{n} pièces</translation>
    </message>
    <message>
        <source>Saved {case}</source>
        <translation>{case} enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Changements non enregistrés</translation>
    </message>
    <message>
        <source>{case} has changes that are not saved.</source>
        <translation>{case} a des changements non enregistrés.</translation>
    </message>
    <message>
        <source>The new case has changes that are not saved.</source>
        <translation>Le nouveau dossier a des changements non enregistrés.</translation>
    </message>
    <message>
        <source>About caseapp</source>
        <translation>À propos de caseapp</translation>
    </message>
    <message>
        <source>caseapp {version}
Drug seizure case tracking.

Database: {location}</source>
        <translation>caseapp {version}
Suivi des dossiers de saisies de drogues.

Base de données : {location}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{text} is not a plain number (no group separators; use &apos;.&apos; for decimals)</source>
        <extracomment>substance names that say the substance is unknown (name keys: case, spaces and hyphens ignored)</extracomment>
        <translation>{text} n&apos;est pas un nombre simple (sans séparateur de milliers; utilisez « . » pour les décimales)</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{text} is out of range (an exponent beyond ±{limit})</source>
        <translation>{text} est hors limites (un exposant au-delà de ±{limit})</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>external numbers</source>
        <translation>numéros externes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>kind of number</source>
        <translation>genre de numéro</translation>
    </message>
    <message>
        <source>case or exhibit</source>
        <translation>dossier ou pièce</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>the number as the other agency writes it</source>
        <translation>le numéro tel que l’autre organisme l’écrit</translation>
    </message>
    <message>
        <source>A&amp;dd number</source>
        <translation>A&amp;jouter le numéro</translation>
    </message>
    <message>
        <source>Remove number…</source>
        <translation>Retirer le numéro…</translation>
    </message>
    <message>
        <source>&amp;New number:</source>
        <translation>&amp;Nouveau numéro :</translation>
    </message>
    <message>
        <source>Save the case to add other agencies&apos; numbers.</source>
        <translation>Enregistrez le dossier pour ajouter les numéros d’autres organismes.</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>exhibit {number}</source>
        <translation>pièce {number}</translation>
    </message>
    <message>
        <source>Added {kind} {value}.</source>
        <translation>Ajouté : {kind} {value}.</translation>
    </message>
    <message>
        <source>Select the number to remove.</source>
        <translation>Sélectionnez le numéro à retirer.</translation>
    </message>
    <message>
        <source>Number not removed</source>
        <translation>Numéro non retiré</translation>
    </message>
    <message>
        <source>{value} is the {kind} of {where}</source>
        <translation>{value} est le {kind} de {where}</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>{n} record read</source>
        <translation>{n} enregistrement lu</translation>
    </message>
    <message>
        <source>{n} records read</source>
        <translation>{n} enregistrements lus</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset the password of {login}</source>
        <translation>Réinitialiser le mot de passe de {login}</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Réinitialiser un mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Problem with the password</source>
        <translation>Problème avec le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <extracomment>zxcvbn&apos;s warnings (English, its own words), translated where a refusal quotes one</extracomment>
        <translation>Les rangées de touches sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C&apos;est l&apos;un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C&apos;est l&apos;un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C&apos;est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Il ressemble à un mot de passe courant.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Les prénoms et les noms seuls sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et les noms courants sont faciles à deviner.</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>Three or four unrelated words pass; common passwords, keyboard runs, repeats and the user&apos;s own names are refused.</source>
        <translation>Trois ou quatre mots sans lien entre eux passent; les mots de passe courants, les suites de touches, les répétitions et les noms de l&apos;utilisateur sont refusés.</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Répé&amp;ter le mot de passe :</translation>
    </message>
    <message>
        <source>the two passwords differ: type the password again in Repeat password</source>
        <translation>les deux mots de passe diffèrent : tapez de nouveau le mot de passe dans Répéter le mot de passe</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The window, its messages and its dialogs change language the next time caseapp starts; what is open now stays as it is. Reports ask for their language each time they are printed.</source>
        <translation>La fenêtre, ses messages et ses boîtes de dialogue changent de langue au prochain démarrage de caseapp; ce qui est ouvert maintenant reste tel quel. Les rapports demandent leur langue à chaque impression.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The window speaks {language} from the next start.</source>
        <translation>La fenêtre sera en {language} dès le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>&amp;Language of the printed report:</source>
        <translation>&amp;Langue du document imprimé :</translation>
    </message>
    <message>
        <source>&amp;Bilingual labels (English and French on each label)</source>
        <translation>Étiquettes &amp;bilingues (anglais et français sur chaque étiquette)</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}</source>
        <translation>{rows} exportées vers {path}</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>Exporting the results to {file}…</source>
        <translation>Exportation des résultats vers {file}…</translation>
    </message>
    <message>
        <source>Wrote {path} ({pages})</source>
        <translation>{path} écrit ({pages})</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Changements non enregistrés</translation>
    </message>
    <message>
        <source>The report prints the case as saved; save your changes first to include them.</source>
        <translation>Le rapport imprime le dossier tel qu&apos;il est enregistré; enregistrez d&apos;abord vos changements pour les inclure.</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Rapport d&apos;incident</translation>
    </message>
    <message>
        <source>Exhibit labels</source>
        <translation>Étiquettes de pièces</translation>
    </message>
    <message>
        <source>No summary</source>
        <translation>Aucun sommaire</translation>
    </message>
    <message>
        <source>Summary of the results</source>
        <translation>Sommaire des résultats</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>about {duration} left</source>
        <translation>environ {duration} restantes</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>{name}: {text}</source>
        <extracomment>the languages the application speaks, each named in itself (as a language menu lists them) the locale each language formats numbers and dates in (Canada: its agencies are the users)</extracomment>
        <translation>{name} : {text}</translation>
    </message>
</context>
<context>
    <name>QtHealth</name>
    <message>
        <source>This installation uses PySide6 {version}, which loses Python references on ordinary calls ({drift} over {calls} calls) and would end the application without saving after a few thousand keystrokes. Reinstall caseapp so that it brings a sound PySide6 release.</source>
        <extracomment>releases known to drop references to None (refused by pyproject.toml and build.spec)</extracomment>
        <translation>Cette installation utilise PySide6 {version}, qui perd des références Python lors d&apos;appels ordinaires ({drift} sur {calls} appels) et fermerait l&apos;application sans enregistrer après quelques milliers de frappes. Réinstallez caseapp pour obtenir une version saine de PySide6.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>s.490(2) detention</source>
        <translation>détention, par. 490(2)</translation>
    </message>
    <message>
        <source>CDSA s.24</source>
        <translation>LRCDAS, art. 24</translation>
    </message>
    <message>
        <source>weight beyond tolerance</source>
        <translation>poids hors tolérance</translation>
    </message>
    <message>
        <source>missing at an inventory audit</source>
        <translation>manquante à un inventaire</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retourné</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>checked out, past due</source>
        <translation>sortie, échéance dépassée</translation>
    </message>
    <message>
        <source>at the lab, no result</source>
        <translation>au laboratoire, sans résultat</translation>
    </message>
    <message>
        <source>retention ended</source>
        <translation>conservation échue</translation>
    </message>
    <message>
        <source>work queues</source>
        <translation>files de travail</translation>
    </message>
    <message>
        <source>The queues could not be counted: {error}</source>
        <translation>Les files n’ont pas pu être comptées : {error}</translation>
    </message>
    <message>
        <source>{queue} ({n})</source>
        <translation>{queue} ({n})</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation>Files de travail</translation>
    </message>
</context>
<context>
    <name>QueueRowsModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>near or past its date</source>
        <translation>échéance proche ou dépassée</translation>
    </message>
    <message>
        <source>{n} day left</source>
        <translation>{n} jour restant</translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation>{n} jours restants</translation>
    </message>
    <message>
        <source>{n} day ago</source>
        <translation>il y a {n} jour</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>il y a {n} jours</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>queue rows</source>
        <translation>lignes de la file</translation>
    </message>
    <message>
        <source>{queue}: {rows}; Enter or a double-click opens the case</source>
        <translation>{queue} : {rows}; Entrée ou un double-clic ouvre le dossier</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>My drafts</source>
        <extracomment>every queue, in the order the window lists them: name -&gt; title</extracomment>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Qui me sont retournés</translation>
    </message>
    <message>
        <source>Awaiting my review</source>
        <translation>En attente de mon examen</translation>
    </message>
    <message>
        <source>Checked out past due</source>
        <translation>Sorties en retard</translation>
    </message>
    <message>
        <source>At the lab, no result</source>
        <translation>Au laboratoire, sans résultat</translation>
    </message>
    <message>
        <source>Legal deadlines</source>
        <translation>Délais légaux</translation>
    </message>
    <message>
        <source>Due for disposal review</source>
        <translation>À examiner pour disposition</translation>
    </message>
    <message>
        <source>Cases with discrepancies</source>
        <translation>Dossiers avec écarts</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a queue; the queues are: {names}</source>
        <extracomment>a discrepancy source: (the app, today) -&gt; rows</extracomment>
        <translation>« {name} » n’est pas une file; les files sont : {names}</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Amend an approved case</source>
        <translation>Modifier un dossier approuvé</translation>
    </message>
    <message>
        <source>&amp;Reason for the amendment (goes back for approval):</source>
        <translation>&amp;Motif de la modification (le dossier retourne à l&apos;approbation) :</translation>
    </message>
    <message>
        <source>Return to officer</source>
        <translation>Renvoyer à l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;What needs to change (the officer sees this):</source>
        <translation>&amp;Ce qui doit changer (l&apos;agent le verra) :</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>&amp;Why is it removed? (it stays in the record&apos;s history)</source>
        <translation>&amp;Pourquoi est-elle retirée? (elle reste dans l&apos;historique du dossier)</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Enregistrer cette recherche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Retirer un numéro</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Custody receipt</source>
        <translation>Reçu de garde</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Entreposé à</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Transféré à</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Held by before</source>
        <translation>Détenue avant par</translation>
    </message>
    <message>
        <source>Location before</source>
        <translation>Emplacement avant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Printed {moment} · audit chain {chain}</source>
        <translation>Imprimé le {moment} · chaîne d&apos;audit {chain}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} de {total}</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placé par</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçu par</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Détenue par</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Receive or transfer by scanning</source>
        <translation>Recevoir ou transférer par lecture</translation>
    </message>
    <message>
        <source>to location or person</source>
        <translation>vers un emplacement ou une personne</translation>
    </message>
    <message>
        <source>scan a location or badge label, or type a holder&apos;s name</source>
        <translation>lisez une étiquette d&apos;emplacement ou d&apos;insigne, ou tapez le nom du détenteur</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Rien de choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>scan an exhibit</source>
        <translation>lire une pièce</translation>
    </message>
    <message>
        <source>scan each exhibit&apos;s label (or type CASE/NN and Enter)</source>
        <translation>lisez l&apos;étiquette de chaque pièce (ou tapez DOSSIER/NN puis Entrée)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation>&amp;Lecture :</translation>
    </message>
    <message>
        <source>scanned exhibits</source>
        <translation>pièces lues</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Save the recei&amp;pt…</source>
        <translation>Enre&amp;gistrer le reçu…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Store at {where}</source>
        <translation>Entreposer à {where}</translation>
    </message>
    <message>
        <source>Transfer to {who}</source>
        <translation>Transférer à {who}</translation>
    </message>
    <message>
        <source>{n} exhibit cannot go: remove it first</source>
        <translation>{n} pièce ne peut pas être déplacée : retirez-la d&apos;abord</translation>
    </message>
    <message>
        <source>{n} exhibits cannot go: remove them first</source>
        <translation>{n} pièces ne peuvent pas être déplacées : retirez-les d&apos;abord</translation>
    </message>
    <message>
        <source>Scan a location or a person first</source>
        <translation>Lisez d&apos;abord un emplacement ou une personne</translation>
    </message>
    <message>
        <source>Recorded {n} custody event ({where}). Save the receipt for signatures.</source>
        <translation>{n} événement de garde enregistré ({where}). Enregistrez le reçu pour les signatures.</translation>
    </message>
    <message>
        <source>Recorded {n} custody events ({where}). Save the receipt for signatures.</source>
        <translation>{n} événements de garde enregistrés ({where}). Enregistrez le reçu pour les signatures.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>Reçu enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>this</source>
        <extracomment>what the services say a refused account was doing (&quot;printing is refused&quot;): current_user and check_actor translate the phrase their caller gives, which is one of these</extracomment>
        <translation>cette action</translation>
    </message>
    <message>
        <source>an inventory audit</source>
        <translation>une vérification d&apos;inventaire</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>l&apos;impression</translation>
    </message>
    <message>
        <source>recording a case</source>
        <translation>la consignation d&apos;un dossier</translation>
    </message>
    <message>
        <source>changing a case</source>
        <translation>la modification d&apos;un dossier</translation>
    </message>
    <message>
        <source>submitting a case</source>
        <translation>la soumission d&apos;un dossier</translation>
    </message>
    <message>
        <source>approving a case</source>
        <translation>l&apos;approbation d&apos;un dossier</translation>
    </message>
    <message>
        <source>returning a case</source>
        <translation>le renvoi d&apos;un dossier</translation>
    </message>
    <message>
        <source>recording custody</source>
        <translation>la consignation de la continuité</translation>
    </message>
    <message>
        <source>adding an attachment</source>
        <translation>l&apos;ajout d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>removing an attachment</source>
        <translation>le retrait d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>importing cases</source>
        <translation>l&apos;importation de dossiers</translation>
    </message>
    <message>
        <source>importing reviewed cases</source>
        <translation>l&apos;importation de dossiers examinés</translation>
    </message>
    <message>
        <source>exporting cases</source>
        <translation>l&apos;exportation de dossiers</translation>
    </message>
    <message>
        <source>exporting search results</source>
        <translation>l&apos;exportation de résultats de recherche</translation>
    </message>
    <message>
        <source>changing the catalogue</source>
        <translation>la modification du catalogue</translation>
    </message>
    <message>
        <source>changing the agency settings</source>
        <translation>la modification des paramètres de l&apos;organisme</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>l&apos;ajout d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>listing accounts</source>
        <translation>la liste des comptes</translation>
    </message>
    <message>
        <source>deactivating users</source>
        <translation>la désactivation d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>unlocking accounts</source>
        <translation>le déverrouillage de comptes</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>la modification d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>changing another user&apos;s password</source>
        <translation>la modification du mot de passe d&apos;un autre utilisateur</translation>
    </message>
    <message>
        <source>requesting a disposal</source>
        <translation>la demande d&apos;aliénation</translation>
    </message>
    <message>
        <source>authorising a disposal</source>
        <translation>l&apos;autorisation d&apos;une aliénation</translation>
    </message>
    <message>
        <source>refusing a disposal</source>
        <translation>le refus d&apos;une aliénation</translation>
    </message>
    <message>
        <source>recording a disposal</source>
        <translation>la consignation d&apos;une aliénation</translation>
    </message>
    <message>
        <source>managing storage locations</source>
        <translation>la gestion des emplacements d&apos;entreposage</translation>
    </message>
</context>
<context>
    <name>ReportValues</name>
    <message>
        <source>fentanyl-class</source>
        <translation>classe du fentanyl</translation>
    </message>
    <message>
        <source>nitazene-class</source>
        <translation>classe des nitazènes</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>HAZARD</source>
        <translation>DANGER</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>[{count} more characters not printed: see the database]</source>
        <translation>[{count} autres caractères non imprimés : voir la base de données]</translation>
    </message>
    <message>
        <source>picture not shown: {width} x {height} pixels is over the {max_decoded_pixels} megapixels a report decodes</source>
        <translation>image non affichée : {width} x {height} pixels dépasse les {max_decoded_pixels} mégapixels qu&apos;un rapport décode</translation>
    </message>
</context>
<context>
    <name>RequestDisposalDialog</name>
    <message>
        <source>Request disposal</source>
        <translation>Demander l&apos;aliénation</translation>
    </message>
    <message>
        <source>Exhibits to dispose of</source>
        <translation>Pièces à aliéner</translation>
    </message>
    <message>
        <source>(no substance)</source>
        <translation>(aucune substance)</translation>
    </message>
    <message>
        <source>no custody recorded</source>
        <translation>aucune continuité consignée</translation>
    </message>
    <message>
        <source>disposed of</source>
        <translation>détruite ou remise</translation>
    </message>
    <message>
        <source>a disposal is already {state}</source>
        <translation>une aliénation est déjà {state}</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <source>Return to its owner</source>
        <translation>Remise à son propriétaire</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Exhibits of case {case}:</source>
        <translation>&amp;Pièces du dossier {case} :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>saved search: {value} is not a valid {key}</source>
        <translation>recherche enregistrée : {value} n&apos;est pas un {key} valide</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>the weight tolerance is a percentage from 0 to 100, not &apos;{value}&apos;</source>
        <translation>la tolérance de poids est un pourcentage de 0 à 100, pas « {value} »</translation>
    </message>
    <message>
        <source>the weight tolerance in grams is from 0 to 100000, not &apos;{value}&apos;</source>
        <translation>la tolérance de poids en grammes va de 0 à 100000, pas « {value} »</translation>
    </message>
    <message>
        <source>{what} is a whole number of days from 1 to 36500, not &apos;{value}&apos;</source>
        <translation>{what} est un nombre entier de jours de 1 à 36500, pas « {value} »</translation>
    </message>
    <message>
        <source>{what} is not a number: &apos;{value}&apos;</source>
        <translation>{what} n&apos;est pas un nombre : « {value} »</translation>
    </message>
    <message>
        <source>unknown setting &apos;{key}&apos;</source>
        <translation>paramètre inconnu « {key} »</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <source>Evidence room settings</source>
        <translation>Paramètres de la salle des pièces</translation>
    </message>
    <message>
        <source>Weight tolerance (%)</source>
        <translation>Tolérance de poids (%)</translation>
    </message>
    <message>
        <source>Weight &amp;tolerance (%):</source>
        <translation>&amp;Tolérance de poids (%) :</translation>
    </message>
    <message>
        <source>Weight tolerance (g)</source>
        <translation>Tolérance de poids (g)</translation>
    </message>
    <message>
        <source>or at least (&amp;g):</source>
        <translation>ou au moins (&amp;g) :</translation>
    </message>
    <message>
        <source>Lab result overdue after (days)</source>
        <translation>Résultat de laboratoire en retard après (jours)</translation>
    </message>
    <message>
        <source>&amp;Lab result overdue after (days):</source>
        <translation>Résultat de &amp;laboratoire en retard après (jours) :</translation>
    </message>
    <message>
        <source>Warn before a legal deadline (days)</source>
        <translation>Avertir avant une échéance légale (jours)</translation>
    </message>
    <message>
        <source>&amp;Warn before a deadline (days):</source>
        <translation>&amp;Avertir avant une échéance (jours) :</translation>
    </message>
    <message>
        <source>Retention of {kind} (days)</source>
        <translation>Conservation : {kind} (jours)</translation>
    </message>
    <message>
        <source>Retention of {kind} (days):</source>
        <translation>Conservation : {kind} (jours) :</translation>
    </message>
    <message>
        <source>A reweighing is flagged when it differs from the weight before it by more than the percentage or the grams, whichever is larger (samples sent to the lab explain a drop). Retention decides when an exhibit is due for disposal review.</source>
        <translation>Une nouvelle pesée est signalée lorsqu&apos;elle s&apos;écarte du poids précédent de plus que le pourcentage ou les grammes, selon le plus grand (les échantillons envoyés au laboratoire expliquent une baisse). La conservation détermine quand une pièce doit être examinée en vue de son aliénation.</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problème avec les paramètres</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>(none yet: Save this search…)</source>
        <translation>(aucune pour l&apos;instant : Enregistrer cette recherche…)</translation>
    </message>
    <message>
        <source>Deleted the saved search &apos;{name}&apos;</source>
        <translation>Recherche enregistrée « {name} » supprimée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saved the search &apos;{name}&apos; (Search &gt; Saved searches)</source>
        <translation>Recherche « {name} » enregistrée (Recherche &gt; Recherches enregistrées)</translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>scan a label</source>
        <translation>lire une étiquette</translation>
    </message>
    <message>
        <source>Scan or type a label&apos;s code</source>
        <translation>Lire ou taper le code d&apos;une étiquette</translation>
    </message>
    <message>
        <source>A case, exhibit, location or badge label: scanned here, or typed and Enter</source>
        <translation>Étiquette de dossier, de pièce, d&apos;emplacement ou d&apos;insigne : lue ici, ou tapée puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Receive or transfer by scanning…</source>
        <translation>&amp;Recevoir ou transférer par lecture…</translation>
    </message>
    <message>
        <source>Storage &amp;locations…</source>
        <translation>&amp;Emplacements d&apos;entreposage…</translation>
    </message>
    <message>
        <source>Scanned “{code}”: case {case} has no exhibit {exhibit}.</source>
        <translation>Lu « {code} » : le dossier {case} n&apos;a pas de pièce {exhibit}.</translation>
    </message>
    <message>
        <source>Scanned exhibit {code}.</source>
        <translation>Pièce {code} lue.</translation>
    </message>
    <message>
        <source>Scanned case {code}.</source>
        <translation>Dossier {code} lu.</translation>
    </message>
    <message>
        <source>no account {login}</source>
        <translation>aucun compte {login}</translation>
    </message>
    <message>
        <source>Scanned “{code}”: {problem}.</source>
        <translation>Lu « {code} » : {problem}.</translation>
    </message>
    <message>
        <source>Read “{code}”: not a case, exhibit, location or badge label of this application.</source>
        <translation>Lu « {code} » : ce n&apos;est pas une étiquette de dossier, de pièce, d&apos;emplacement ou d&apos;insigne de cette application.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Suspected or lab-confirmed</source>
        <translation>Soupçonnée ou confirmée par le laboratoire</translation>
    </message>
    <message>
        <source>Suspected only</source>
        <translation>Soupçonnée seulement</translation>
    </message>
    <message>
        <source>Lab-confirmed only</source>
        <translation>Confirmée par le laboratoire seulement</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Les plus grandes d&apos;abord</translation>
    </message>
    <message>
        <source>{filter}: {text} is not a date (YYYY-MM-DD)</source>
        <translation>{filter} : {text} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&amp;Substance</source>
        <translation>&amp;Substance</translation>
    </message>
    <message>
        <source>include &amp;analogues</source>
        <translation>inclure les &amp;analogues</translation>
    </message>
    <message>
        <source>the substance&apos;s analogue family: fentanyl finds carfentanil, sufentanil…</source>
        <translation>la famille d&apos;analogues de la substance : le fentanyl trouve le carfentanil, le sufentanil…</translation>
    </message>
    <message>
        <source>Match on</source>
        <translation>Correspondance sur</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>tout groupe</translation>
    </message>
    <message>
        <source>CDSA schedule</source>
        <translation>Annexe de la LRCDAS</translation>
    </message>
    <message>
        <source>any schedule</source>
        <translation>toute annexe</translation>
    </message>
    <message>
        <source>Schedule {number}</source>
        <translation>Annexe {number}</translation>
    </message>
    <message>
        <source>Controlled Drugs and Substances Act (Canada); VII and VIII are repealed</source>
        <translation>Loi réglementant certaines drogues et autres substances (Canada); les annexes VII et VIII sont abrogées</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>De&amp;puis le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (inclusive)</source>
        <translation>AAAA-MM-JJ (inclus)</translation>
    </message>
    <message>
        <source>Seized &amp;in</source>
        <translation>Saisi da&amp;ns</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>&amp;Origin</source>
        <translation>&amp;Origine</translation>
    </message>
    <message>
        <source>&amp;Departure</source>
        <translation>Dépa&amp;rt</translation>
    </message>
    <message>
        <source>Tra&amp;nsit</source>
        <translation>&amp;Transit</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Dissimulation</translation>
    </message>
    <message>
        <source>&amp;Place type</source>
        <translation>T&amp;ype de lieu</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>tout statut</translation>
    </message>
    <message>
        <source>ha&amp;zardous exhibits only</source>
        <translation>piè&amp;ces dangereuses seulement</translation>
    </message>
    <message>
        <source>&amp;kg-eq. at least</source>
        <translation>Éq. &amp;kg au moins</translation>
    </message>
    <message>
        <source>kg-eq. at most</source>
        <translation>Éq. kg au plus</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Mots</translation>
    </message>
    <message>
        <source>narrative, place, concealment… &quot;a phrase&quot;</source>
        <translation>exposé des faits, lieu, dissimulation… « une expression »</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>one &amp;row per case</source>
        <translation>une &amp;ligne par dossier</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Type a substance, a place, a word…</source>
        <translation>Tapez une substance, un lieu, un mot…</translation>
    </message>
    <message>
        <source>search results</source>
        <translation>résultats de recherche</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Copi&amp;er</translation>
    </message>
    <message>
        <source>copy the selected rows (or all loaded rows) as tab-separated text</source>
        <translation>copier les lignes choisies (ou toutes les lignes chargées) en texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sau&amp;vegarder…</translation>
    </message>
    <message>
        <source>S&amp;ummary…</source>
        <translation>&amp;Bilan…</translation>
    </message>
    <message>
        <source>totals, monthly trend, origins and the largest seizures of this search</source>
        <translation>totaux, tendance mensuelle, origines et plus grandes saisies de cette recherche</translation>
    </message>
    <message>
        <source>kg-equivalent: {problem}</source>
        <translation>équivalent kg : {problem}</translation>
    </message>
    <message>
        <source>kg-equivalent: a quantity is 0 or more</source>
        <translation>équivalent kg : une quantité est nulle ou positive</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>From is after To</source>
        <translation>La date « Du » est postérieure à la date « Au »</translation>
    </message>
    <message>
        <source>kg-equivalent: &apos;at least&apos; is more than &apos;at most&apos;</source>
        <translation>équivalent kg : « au moins » dépasse « au plus »</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>No results: no seizure matches every filter.</source>
        <translation>Aucun résultat : aucune saisie ne correspond à tous les filtres.</translation>
    </message>
    <message>
        <source>no kg-equivalent</source>
        <translation>aucun équivalent kg</translation>
    </message>
    <message>
        <source>{n} without a kg-equivalent</source>
        <translation>sans équivalent kg : {n}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; seizure</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; saisie</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; seizures</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; saisies</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; exhibit</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; pièce</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; exhibits</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; pièces</translation>
    </message>
    <message>
        <source>; ~ includes estimates</source>
        <translation>; ~ comprend des estimations</translation>
    </message>
    <message>
        <source>no saved search named &apos;{name}&apos;</source>
        <translation>aucune recherche enregistrée nommée « {name} »</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Ex.</source>
        <translation>P.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Lab-confirmed</source>
        <translation>Confirmée par labo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>kg-equivalent</source>
        <translation>Équivalent kg</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substances</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>click to sort</source>
        <translation>cliquez pour trier</translation>
    </message>
    <message>
        <source>~ an estimate (volume, or count × typical mass)</source>
        <translation>~ une estimation (volume, ou nombre × masse typique)</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>the account&apos;s key salt is not in the form argon2id$t=..,m=..,p=..$salt</source>
        <translation>le sel de clé du compte n&apos;a pas la forme argon2id$t=..,m=..,p=..$sel</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>room</source>
        <extracomment>the kinds as the window and the labels name them (translated when shown)</extracomment>
        <translation>salle</translation>
    </message>
    <message>
        <source>shelf</source>
        <translation>tablette</translation>
    </message>
    <message>
        <source>locker</source>
        <translation>casier</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>chambre forte</translation>
    </message>
    <message>
        <source>safe</source>
        <translation>coffre-fort</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>location code &apos;{code}&apos; is not valid: 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>le code d&apos;emplacement « {code} » n&apos;est pas valide : 1 à 40 lettres, chiffres, « . », « _ » ou « - », commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>a location needs a name</source>
        <translation>un emplacement doit avoir un nom</translation>
    </message>
    <message>
        <source>the location name is longer than {limit} characters</source>
        <translation>le nom de l&apos;emplacement dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>location kind &apos;{kind}&apos; is not one of: {kinds}</source>
        <translation>le type d&apos;emplacement « {kind} » n&apos;est pas l&apos;un de : {kinds}</translation>
    </message>
    <message>
        <source>there is no storage location {code}</source>
        <translation>il n&apos;y a pas d&apos;emplacement d&apos;entreposage {code}</translation>
    </message>
    <message>
        <source>the parent location {parent} does not exist</source>
        <translation>l&apos;emplacement parent {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>a location cannot be inside itself</source>
        <translation>un emplacement ne peut pas être dans lui-même</translation>
    </message>
    <message>
        <source>{parent} is inside {code}: a location cannot be inside itself</source>
        <translation>{parent} est dans {code} : un emplacement ne peut pas être dans lui-même</translation>
    </message>
    <message>
        <source>the location code {code} is already used</source>
        <translation>le code d&apos;emplacement {code} est déjà utilisé</translation>
    </message>
    <message>
        <source>nothing to change on location {code}</source>
        <translation>rien à modifier à l&apos;emplacement {code}</translation>
    </message>
    <message>
        <source>the location {code} is no longer in use</source>
        <translation>l&apos;emplacement {code} est hors service</translation>
    </message>
    <message>
        <source>scan a person or a location first, or type a holder&apos;s name</source>
        <translation>lisez d&apos;abord une personne ou un emplacement, ou tapez le nom du détenteur</translation>
    </message>
    <message>
        <source>{code} is an exhibit or case code: scan a person or a location first</source>
        <translation>{code} est un code de pièce ou de dossier : lisez d&apos;abord une personne ou un emplacement</translation>
    </message>
    <message>
        <source>there is no account {login}</source>
        <translation>il n&apos;y a pas de compte {login}</translation>
    </message>
    <message>
        <source>the account {login} is deactivated</source>
        <translation>le compte {login} est désactivé</translation>
    </message>
    <message>
        <source>unknown exhibit code</source>
        <translation>code de pièce inconnu</translation>
    </message>
    <message>
        <source>scanned twice</source>
        <translation>lue deux fois</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà à cet endroit</translation>
    </message>
    <message>
        <source>no exhibit was scanned</source>
        <translation>aucune pièce n&apos;a été lue</translation>
    </message>
    <message>
        <source>a case code, not an exhibit: scan the exhibit&apos;s own label</source>
        <translation>un code de dossier, pas de pièce : lisez l&apos;étiquette de la pièce elle-même</translation>
    </message>
    <message>
        <source>a location or person code, not an exhibit</source>
        <translation>un code d&apos;emplacement ou de personne, pas de pièce</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <source>there are no storage locations to print</source>
        <translation>il n&apos;y a aucun emplacement d&apos;entreposage à imprimer</translation>
    </message>
    <message>
        <source>an officer prints only their own badge label</source>
        <translation>un agent n&apos;imprime que l&apos;étiquette de son propre insigne</translation>
    </message>
</context>
<context>
    <name>SubstanceEdit</name>
    <message>
        <source>⚠ hazard</source>
        <translation>⚠ danger</translation>
    </message>
    <message>
        <source>name or alias</source>
        <translation>nom ou autre nom</translation>
    </message>
</context>
<context>
    <name>Substances</name>
    <message>
        <source>catalogue: &apos;{text}&apos; names both {id} and {id2}</source>
        <translation>catalogue : « {text} » nomme à la fois {id} et {id2}</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; is not a substance group</source>
        <translation>« {group} » n&apos;est pas un groupe de substances</translation>
    </message>
    <message>
        <source>&apos;{family}&apos; is not an analogue family</source>
        <translation>« {family} » n&apos;est pas une famille d&apos;analogues</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind (drug, precursor, cutting_agent, equipment)</source>
        <translation>« {kind} » n&apos;est pas un type (drug, precursor, cutting_agent, equipment)</translation>
    </message>
    <message>
        <source>unknown substance</source>
        <translation>substance inconnue</translation>
    </message>
</context>
<context>
    <name>SubstancesDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>The agency&apos;s own substances</source>
        <translation>Substances propres à l&apos;organisme</translation>
    </message>
    <message>
        <source>agency substances</source>
        <translation>substances de l&apos;organisme</translation>
    </message>
    <message>
        <source>Substance name</source>
        <translation>Nom de la substance</translation>
    </message>
    <message>
        <source>the name seized exhibits are recorded under</source>
        <translation>le nom sous lequel les pièces saisies sont consignées</translation>
    </message>
    <message>
        <source>Analogue family</source>
        <translation>Famille d&apos;analogues</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>other names, separated by commas (optional)</source>
        <translation>autres noms, séparés par des virgules (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Hazard: mark its exhibits as hazardous</source>
        <translation>&amp;Danger : marquer ses pièces comme dangereuses</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Famille :</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Autres noms :</translation>
    </message>
    <message>
        <source>A&amp;dd substance</source>
        <translation>A&amp;jouter la substance</translation>
    </message>
    <message>
        <source>Substance refused</source>
        <translation>Substance refusée</translation>
    </message>
    <message>
        <source>Substance added</source>
        <translation>Substance ajoutée</translation>
    </message>
    <message>
        <source>Add a substance</source>
        <translation>Ajouter une substance</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Added {name}; {n} exhibit recorded earlier under its names now points at it.</source>
        <translation>{name} ajoutée; {n} pièce consignée auparavant sous ses noms y renvoie maintenant.</translation>
    </message>
    <message>
        <source>Added {name}; {n} exhibits recorded earlier under its names now point at it.</source>
        <translation>{name} ajoutée; {n} pièces consignées auparavant sous ses noms y renvoient maintenant.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Seizures</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>kg-equivalent</source>
        <translation>Équivalent kg</translation>
    </message>
    <message>
        <source>Share of kg</source>
        <translation>Part des kg</translation>
    </message>
    <message>
        <source>No kg-eq.</source>
        <translation>Sans éq. kg</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Exh.</source>
        <translation>P.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>kg-eq.</source>
        <translation>éq. kg</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Seizures (cases)</source>
        <translation>Saisies (dossiers)</translation>
    </message>
    <message>
        <source>Exhibits without kg-equivalent</source>
        <translation>Pièces sans équivalent kg</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>Filtres :</translation>
    </message>
    <message>
        <source> (lab)</source>
        <translation> (labo)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No seizures match these filters.</source>
        <translation>Aucune saisie ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Nothing was seized in the period with the filters above; every figure is zero.</source>
        <translation>Rien n&apos;a été saisi pendant la période avec les filtres ci-dessus; tous les chiffres sont nuls.</translation>
    </message>
    <message>
        <source>kg-equivalent per month (includes estimates)</source>
        <translation>Équivalent kg par mois (comprend des estimations)</translation>
    </message>
    <message>
        <source>Seizures and kg-equivalent over time</source>
        <translation>Saisies et équivalent kg dans le temps</translation>
    </message>
    <message>
        <source>By substance group</source>
        <translation>Par groupe de substances</translation>
    </message>
    <message>
        <source>kg-equivalent by group</source>
        <translation>Équivalent kg par groupe</translation>
    </message>
    <message>
        <source>Substance group</source>
        <translation>Groupe de substances</translation>
    </message>
    <message>
        <source>By CDSA schedule (Canada)</source>
        <translation>Par annexe de la LRCDAS (Canada)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>By substance</source>
        <translation>Par substance</translation>
    </message>
    <message>
        <source>Other substances</source>
        <translation>Autres substances</translation>
    </message>
    <message>
        <source>By origin country</source>
        <translation>Par pays d&apos;origine</translation>
    </message>
    <message>
        <source>Seizures by origin country</source>
        <translation>Saisies par pays d&apos;origine</translation>
    </message>
    <message>
        <source>Origin country</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>By transport</source>
        <translation>Par moyen de transport</translation>
    </message>
    <message>
        <source>Seizures by transport</source>
        <translation>Saisies par moyen de transport</translation>
    </message>
    <message>
        <source>the largest exhibit by kg-equivalent</source>
        <translation>la plus grande pièce en équivalent kg</translation>
    </message>
    <message>
        <source>the {count} largest exhibits by kg-equivalent</source>
        <translation>les {count} plus grandes pièces en équivalent kg</translation>
    </message>
    <message>
        <source>Largest seizures ({which})</source>
        <translation>Plus grandes saisies ({which})</translation>
    </message>
    <message>
        <source>Generated {moment} · printed by {person}</source>
        <translation>Produit le {moment} · imprimé par {person}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} de {total}</translation>
    </message>
    <message>
        <source>seizures</source>
        <translation>saisies</translation>
    </message>
    <message>
        <source>Period summary</source>
        <translation>Sommaire de la période</translation>
    </message>
    <message>
        <source>~ marks a kg-equivalent that includes estimates: volumes counted at 1 L = 1 kg, and tablets, doses, plants and other counted units converted through typical unit masses.</source>
        <translation>~ marque un équivalent kg qui comprend des estimations : des volumes comptés à 1 L = 1 kg, et des comprimés, doses, plants et autres unités comptées convertis par des masses unitaires typiques.</translation>
    </message>
    <message>
        <source>A seizure is a case. A case counts once in each line where it has an exhibit, so the lines of a table can add up to more than the total; exhibits and kg-equivalents add up exactly.</source>
        <translation>Une saisie est un dossier. Un dossier compte une fois dans chaque ligne où il a une pièce, de sorte que les lignes d&apos;un tableau peuvent dépasser le total; les pièces et les équivalents kg s&apos;additionnent exactement.</translation>
    </message>
    <message>
        <source>Each exhibit counts under the substance the laboratory confirmed when there is a result, otherwise under the suspected substance.</source>
        <translation>Chaque pièce compte sous la substance confirmée par le laboratoire lorsqu&apos;il y a un résultat, sinon sous la substance soupçonnée.</translation>
    </message>
    <message>
        <source>Exhibits without a kg-equivalent (unknown quantity, or a unit that cannot be converted) are counted but add nothing to the kg-equivalent.</source>
        <translation>Les pièces sans équivalent kg (quantité inconnue, ou unité qui ne peut pas être convertie) sont comptées mais n&apos;ajoutent rien à l&apos;équivalent kg.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>{name} and analogues</source>
        <translation>{name} et analogues</translation>
    </message>
    <message>
        <source>Substance: {name}</source>
        <translation>Substance : {name}</translation>
    </message>
    <message>
        <source>Group: {name}</source>
        <translation>Groupe : {name}</translation>
    </message>
    <message>
        <source>CDSA schedule: {schedule}</source>
        <translation>Annexe de la LRCDAS : {schedule}</translation>
    </message>
    <message>
        <source>Matched on: suspected substance</source>
        <translation>Correspondance sur : substance soupçonnée</translation>
    </message>
    <message>
        <source>Matched on: lab-confirmed substance</source>
        <translation>Correspondance sur : substance confirmée par le laboratoire</translation>
    </message>
    <message>
        <source>Seized in</source>
        <translation>Saisi dans</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Not in the catalogue</source>
        <translation>Pas au catalogue</translation>
    </message>
    <message>
        <source>Schedule {number}</source>
        <translation>Annexe {number}</translation>
    </message>
    <message>
        <source>{n} exhibit</source>
        <translation>{n} pièce</translation>
    </message>
    <message>
        <source>{n} exhibits</source>
        <translation>{n} pièces</translation>
    </message>
    <message>
        <source>{n} seizure with {exhibits} has no date: it is in every table but not in the monthly chart.</source>
        <translation>{n} saisie avec {exhibits} n&apos;a pas de date : elle figure dans chaque tableau mais pas dans le graphique mensuel.</translation>
    </message>
    <message>
        <source>{n} seizures with {exhibits} have no date: they are in every table but not in the monthly chart.</source>
        <translation>{n} saisies avec {exhibits} n&apos;ont pas de date : elles figurent dans chaque tableau mais pas dans le graphique mensuel.</translation>
    </message>
    <message>
        <source>, current to {date}</source>
        <translation>, à jour au {date}</translation>
    </message>
    <message>
        <source>Schedules of the Controlled Drugs and Substances Act (S.C. 1996, c. 19; Justice Canada{current}). An exhibit counts under each schedule that lists the substance the laboratory confirmed, else the suspected one; a fentanyl analogue the Act does not name counts under Schedule I, item 16 (the class). Cannabis is governed by the Cannabis Act and no schedule lists it.</source>
        <translation>Annexes de la Loi réglementant certaines drogues et autres substances (L.C. 1996, ch. 19; Justice Canada{current}). Une pièce compte sous chaque annexe qui inscrit la substance confirmée par le laboratoire, sinon la substance soupçonnée; un analogue du fentanyl que la Loi ne nomme pas compte sous l&apos;annexe I, article 16 (la catégorie). Le cannabis relève de la Loi sur le cannabis et aucune annexe ne l&apos;inscrit.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>By concealment</source>
        <translation>Par dissimulation</translation>
    </message>
    <message>
        <source>Seizures by concealment</source>
        <translation>Saisies par dissimulation</translation>
    </message>
    <message>
        <source>Concealment</source>
        <translation>Dissimulation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Hazardous exhibits only</source>
        <translation>Pièces dangereuses seulement</translation>
    </message>
    <message>
        <source>kg-equivalent: {low} to {high} kg</source>
        <translation>équivalent kg : de {low} à {high} kg</translation>
    </message>
    <message>
        <source>kg-equivalent: at least {low} kg</source>
        <translation>équivalent kg : au moins {low} kg</translation>
    </message>
    <message>
        <source>kg-equivalent: at most {high} kg</source>
        <translation>équivalent kg : au plus {high} kg</translation>
    </message>
    <message>
        <source>Text: “{words}”</source>
        <translation>Texte : « {words} »</translation>
    </message>
    <message>
        <source>All seizures</source>
        <translation>Toutes les saisies</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <source>Unknown / not recorded</source>
        <translation>Inconnu / non consigné</translation>
    </message>
    <message>
        <source>No substance recorded</source>
        <translation>Aucune substance consignée</translation>
    </message>
    <message>
        <source>Not in a schedule</source>
        <translation>Inscrite à aucune annexe</translation>
    </message>
    <message>
        <source>kg-equivalent per month</source>
        <translation>Équivalent kg par mois</translation>
    </message>
    <message>
        <source>Seizures per month</source>
        <translation>Saisies par mois</translation>
    </message>
    <message>
        <source>Seizures per year</source>
        <translation>Saisies par année</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par année</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>Autres ({count})</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
</context>
<context>
    <name>TextFile</name>
    <message>
        <source>{name}: line {line} is longer than {size_text} (is it a CSV file?)</source>
        <translation>{name} : la ligne {line} dépasse {size_text} (est-ce un fichier CSV?)</translation>
    </message>
    <message>
        <source>{name}: line {line}: a record (a quoted cell running over lines?) is longer than {size_text}</source>
        <translation>{name} : ligne {line} : un enregistrement (une cellule entre guillemets sur plusieurs lignes?) dépasse {size_text}</translation>
    </message>
    <message>
        <source>{name}: line {number} is not valid {encoding} (byte 0x{raw:02x}); give the file&apos;s encoding with --encoding, e.g. cp1252</source>
        <translation>{name} : la ligne {number} n&apos;est pas du {encoding} valide (octet 0x{raw:02x}); donnez l&apos;encodage du fichier avec --encoding, p. ex. cp1252</translation>
    </message>
    <message>
        <source>{name}: not valid {encoding}</source>
        <translation>{name} : {encoding} non valide</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path} : aucun fichier de ce nom</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier de fichiers, et non un fichier</translation>
    </message>
    <message>
        <source>{path}: permission denied</source>
        <translation>{path} : permission refusée</translation>
    </message>
    <message>
        <source>unknown encoding &apos;{encoding}&apos; (give a text encoding such as utf-8 or cp1252)</source>
        <translation>encodage inconnu « {encoding} » (donnez un encodage de texte comme utf-8 ou cp1252)</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a file encoding (give one such as utf-8 or cp1252)</source>
        <translation>« {encoding} » n&apos;est pas un encodage de fichier (donnez-en un comme utf-8 ou cp1252)</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>record {number}</source>
        <translation>enregistrement {number}</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} avertissement</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} avertissements</translation>
    </message>
    <message>
        <source>unknown format &apos;{explicit}&apos; (choose {formats})</source>
        <translation>format inconnu « {explicit} » (choisissez {formats})</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
    <message>
        <source>cannot tell the format of {name} from its extension; give --format</source>
        <translation>impossible de déduire le format de {name} de son extension; donnez --format</translation>
    </message>
    <message>
        <source>cannot write {rejects}: {error}</source>
        <translation>impossible d&apos;écrire {rejects} : {error}</translation>
    </message>
    <message>
        <source>the disk is full: nothing was imported</source>
        <translation>le disque est plein : rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>unknown format &apos;{fmt}&apos; (choose {formats})</source>
        <translation>format inconnu « {fmt} » (choisissez {formats})</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>1 to 40 characters: letters A-Z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, beginning with a letter or a digit</source>
        <translation>1 à 40 caractères : lettres A-Z, chiffres, « - », « _ » et « . », commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>one line only: no line breaks, tabs or other control characters</source>
        <translation>une seule ligne : pas de saut de ligne, de tabulation ni d&apos;autre caractère de contrôle</translation>
    </message>
    <message>
        <source>{n} unknown substance</source>
        <extracomment>plurals that are not the kind and an &quot;s&quot; each kind of warning counted: the singular and plural, with {n} for the count (translated in &quot;Validation&quot;)</extracomment>
        <translation>{n} substance inconnue</translation>
    </message>
    <message>
        <source>{n} unknown substances</source>
        <translation>{n} substances inconnues</translation>
    </message>
    <message>
        <source>{n} zero amount</source>
        <translation>{n} quantité nulle</translation>
    </message>
    <message>
        <source>{n} zero amounts</source>
        <translation>{n} quantités nulles</translation>
    </message>
    <message>
        <source>{n} amount without unit</source>
        <translation>{n} quantité sans unité</translation>
    </message>
    <message>
        <source>{n} amounts without unit</source>
        <translation>{n} quantités sans unité</translation>
    </message>
    <message>
        <source>{n} substance not in the catalogue</source>
        <translation>{n} substance absente du catalogue</translation>
    </message>
    <message>
        <source>{n} substances not in the catalogue</source>
        <translation>{n} substances absentes du catalogue</translation>
    </message>
    <message>
        <source>{n} unknown unit</source>
        <translation>{n} unité inconnue</translation>
    </message>
    <message>
        <source>{n} unknown units</source>
        <translation>{n} unités inconnues</translation>
    </message>
    <message>
        <source>{n} unknown country</source>
        <translation>{n} pays inconnu</translation>
    </message>
    <message>
        <source>{n} unknown countries</source>
        <translation>{n} pays inconnus</translation>
    </message>
    <message>
        <source>{n} quantity to confirm</source>
        <translation>{n} quantité à confirmer</translation>
    </message>
    <message>
        <source>{n} quantities to confirm</source>
        <translation>{n} quantités à confirmer</translation>
    </message>
    <message>
        <source>{n} unusual quantity</source>
        <translation>{n} quantité inhabituelle</translation>
    </message>
    <message>
        <source>{n} unusual quantities</source>
        <translation>{n} quantités inhabituelles</translation>
    </message>
    <message>
        <source>{n} unknown place type</source>
        <translation>{n} type de lieu inconnu</translation>
    </message>
    <message>
        <source>{n} unknown place types</source>
        <translation>{n} types de lieu inconnus</translation>
    </message>
    <message>
        <source>{n} unknown detection</source>
        <translation>{n} détection inconnue</translation>
    </message>
    <message>
        <source>{n} unknown detections</source>
        <translation>{n} détections inconnues</translation>
    </message>
    <message>
        <source>{n} unknown transport</source>
        <translation>{n} moyen de transport inconnu</translation>
    </message>
    <message>
        <source>{n} unknown transports</source>
        <translation>{n} moyens de transport inconnus</translation>
    </message>
    <message>
        <source>{n} unknown concealment</source>
        <translation>{n} dissimulation inconnue</translation>
    </message>
    <message>
        <source>{n} unknown concealments</source>
        <translation>{n} dissimulations inconnues</translation>
    </message>
    <message>
        <source>{n} unknown routing</source>
        <translation>{n} acheminement inconnu</translation>
    </message>
    <message>
        <source>{n} unknown routings</source>
        <translation>{n} acheminements inconnus</translation>
    </message>
    <message>
        <source>{n} unknown exhibit kind</source>
        <translation>{n} type de pièce inconnu</translation>
    </message>
    <message>
        <source>{n} unknown exhibit kinds</source>
        <translation>{n} types de pièce inconnus</translation>
    </message>
    <message>
        <source>{n} unknown form</source>
        <translation>{n} forme inconnue</translation>
    </message>
    <message>
        <source>{n} unknown forms</source>
        <translation>{n} formes inconnues</translation>
    </message>
    <message>
        <source>{n} unknown field test</source>
        <translation>{n} test sur le terrain inconnu</translation>
    </message>
    <message>
        <source>{n} unknown field tests</source>
        <translation>{n} tests sur le terrain inconnus</translation>
    </message>
    <message>
        <source>{n} unknown person role</source>
        <translation>{n} rôle de personne inconnu</translation>
    </message>
    <message>
        <source>{n} unknown person roles</source>
        <translation>{n} rôles de personne inconnus</translation>
    </message>
    <message>
        <source>{n} other</source>
        <translation>{n} autres</translation>
    </message>
    <message>
        <source>is not a valid case number ({rule})</source>
        <translation>n&apos;est pas un numéro de dossier valide ({rule})</translation>
    </message>
    <message>
        <source>the country where the seizure happened is required</source>
        <translation>le pays où la saisie a eu lieu est obligatoire</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a case status</source>
        <translation>« {status} » n&apos;est pas un statut de dossier</translation>
    </message>
    <message>
        <source>not a date (use YYYY-MM-DD)</source>
        <translation>n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <source>is before {year}</source>
        <translation>est antérieur à {year}</translation>
    </message>
    <message>
        <source>a case needs at least one exhibit</source>
        <translation>un dossier doit avoir au moins une pièce</translation>
    </message>
    <message>
        <source>exhibit number used twice</source>
        <translation>numéro de pièce utilisé deux fois</translation>
    </message>
    <message>
        <source>the date of the seizure is required</source>
        <translation>la date de la saisie est obligatoire</translation>
    </message>
    <message>
        <source>{value} is not a known country; kept as entered</source>
        <translation>{value} n&apos;est pas un pays connu; conservé tel que saisi</translation>
    </message>
    <message>
        <source>{value} is not a known {vocabulary}; kept as entered</source>
        <translation>{value} n&apos;est pas une valeur connue de « {vocabulary} »; conservé tel que saisi</translation>
    </message>
    <message>
        <source>latitude and longitude go together: give both or neither</source>
        <translation>la latitude et la longitude vont ensemble : donnez les deux ou aucune</translation>
    </message>
    <message>
        <source>latitude must be between -90 and 90</source>
        <translation>la latitude doit être comprise entre -90 et 90</translation>
    </message>
    <message>
        <source>longitude must be between -180 and 180</source>
        <translation>la longitude doit être comprise entre -180 et 180</translation>
    </message>
    <message>
        <source>{problem}; kept as entered, the case cannot be submitted until it is corrected</source>
        <translation>{problem}; conservé tel que saisi, le dossier ne peut pas être soumis tant que ce n&apos;est pas corrigé</translation>
    </message>
    <message>
        <source>must be &apos;net&apos; or &apos;gross&apos;</source>
        <translation>doit être « net » ou « brut »</translation>
    </message>
    <message>
        <source>the substance is unknown: name it (as suspected)</source>
        <translation>la substance est inconnue : nommez-la (telle que soupçonnée)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not in the substance catalogue; kept as entered</source>
        <translation>« {name} » n&apos;est pas dans le catalogue des substances; conservé tel que saisi</translation>
    </message>
    <message>
        <source>name the substance (as suspected)</source>
        <translation>nommez la substance (telle que soupçonnée)</translation>
    </message>
    <message>
        <source>give the quantity, or mark it unknown</source>
        <translation>donnez la quantité, ou marquez-la inconnue</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>ne peut pas être négatif</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>est trop grand</translation>
    </message>
    <message>
        <source>purity must be between 0 and 100 %</source>
        <translation>la pureté doit être comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <source>over 100 t: please confirm the quantity and unit</source>
        <translation>plus de 100 t : veuillez confirmer la quantité et l&apos;unité</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>is 0, which weighs nothing: no kg-equivalent</source>
        <translation>vaut 0, ce qui ne pèse rien : aucun équivalent kg</translation>
    </message>
    <message>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>has no unit</source>
        <translation>n&apos;a pas d&apos;unité</translation>
    </message>
    <message>
        <source>unit &apos;{unit}&apos; is not known; kept as entered, no kg-equivalent</source>
        <translation>l&apos;unité « {unit} » est inconnue; conservée telle que saisie, aucun équivalent kg</translation>
    </message>
    <message>
        <source>is too large (over 9 billion tonnes)</source>
        <translation>est trop grand (plus de 9 milliards de tonnes)</translation>
    </message>
    <message>
        <source>rounds to 0 mg (kg-equivalents are whole milligrams): check the unit</source>
        <translation>s&apos;arrondit à 0 mg (les équivalents kg sont en milligrammes entiers) : vérifiez l&apos;unité</translation>
    </message>
    <message>
        <source>a count of {unit} is usually a whole number</source>
        <translation>un nombre de {unit} est habituellement un nombre entier</translation>
    </message>
    <message>
        <source>{unit} is unusual for a {form} exhibit</source>
        <translation>l&apos;unité {unit} est inhabituelle pour une pièce de forme « {form} »</translation>
    </message>
    <message>
        <source>a tablet, capsule or blotter exhibit weighed in tonnes: please confirm</source>
        <translation>une pièce de comprimés, de capsules ou de buvards pesée en tonnes : veuillez confirmer</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>VocabCombo</name>
    <message>
        <source>choose or type</source>
        <extracomment>a list longer than this is never read through to see whether its entries all insert the same text</extracomment>
        <translation>choisissez ou tapez</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>only {login} edits this {status} case</source>
        <extracomment>what allowed() answers: &quot;edit&quot; (change a draft or returned case, or record a new one), &quot;submit&quot;, &quot;approve&quot;, &quot;return&quot;, &quot;amend&quot; (change an approved case, with a reason), &quot;print&quot; (the case report), &quot;labels&quot; (exhibit labels), &quot;custody&quot; (record custody events), &quot;attach&quot; (add attachments), &quot;import&quot; (import cases) and &quot;import_reviewed&quot; (import records marked submitted, returned or approved elsewhere)</extracomment>
        <translation>seul {login} modifie ce dossier ({status})</translation>
    </message>
    <message>
        <source>case {case} is approved: a change is an amendment with a reason</source>
        <translation>le dossier {case} est approuvé : un changement est une modification motivée</translation>
    </message>
    <message>
        <source>case {case} is {status}: it waits for approval or return</source>
        <translation>le dossier {case} est {status} : il attend l&apos;approbation ou le renvoi</translation>
    </message>
    <message>
        <source>case {case} is {status}; only an approved case is amended</source>
        <translation>le dossier {case} est {status}; seul un dossier approuvé fait l&apos;objet d&apos;une modification</translation>
    </message>
    <message>
        <source>an amendment is made by the case&apos;s officer or a supervisor</source>
        <translation>une modification est faite par l&apos;agent du dossier ou par un superviseur</translation>
    </message>
    <message>
        <source>case {case} is {status}; only a draft or returned case is submitted</source>
        <translation>le dossier {case} est {status}; seul un dossier en brouillon ou renvoyé est soumis</translation>
    </message>
    <message>
        <source>a returned case goes back to its officer: only {login} (or whoever edited it) resubmits case {case}</source>
        <translation>un dossier renvoyé retourne à son agent : seul {login} (ou qui l&apos;a modifié) soumet de nouveau le dossier {case}</translation>
    </message>
    <message>
        <source>only {login} or a supervisor submits this case</source>
        <translation>seul {login} ou un superviseur soumet ce dossier</translation>
    </message>
    <message>
        <source>case {case} is {status}; only a submitted case is reviewed</source>
        <translation>le dossier {case} est {status}; seul un dossier soumis est examiné</translation>
    </message>
    <message>
        <source>{login} created or edited case {case} and cannot review it</source>
        <translation>{login} a créé ou modifié le dossier {case} et ne peut pas l&apos;examiner</translation>
    </message>
    <message>
        <source>{login} submitted case {case}: another supervisor approves it</source>
        <translation>{login} a soumis le dossier {case} : un autre superviseur l&apos;approuve</translation>
    </message>
    <message>
        <source>the case is not saved yet: save it to print it</source>
        <translation>le dossier n&apos;est pas encore enregistré : enregistrez-le pour l&apos;imprimer</translation>
    </message>
    <message>
        <source>case {case} has no exhibits: there is no label to print</source>
        <translation>le dossier {case} n&apos;a aucune pièce : il n&apos;y a pas d&apos;étiquette à imprimer</translation>
    </message>
    <message>
        <source>the case is not saved yet: save it to record custody</source>
        <translation>le dossier n&apos;est pas encore enregistré : enregistrez-le pour consigner la continuité</translation>
    </message>
    <message>
        <source>the case is not saved yet: save it to attach files</source>
        <translation>le dossier n&apos;est pas encore enregistré : enregistrez-le pour joindre des fichiers</translation>
    </message>
    <message>
        <source>case {case} was changed since it was opened (version {version}, yours {yours}); reopen it</source>
        <translation>le dossier {case} a été modifié depuis son ouverture (version {version}, la vôtre {yours}); rouvrez-le</translation>
    </message>
    <message>
        <source>an approved case is locked: give the reason for the amendment</source>
        <translation>un dossier approuvé est verrouillé : donnez le motif de la modification</translation>
    </message>
    <message>
        <source>the case was not saved: {problems}</source>
        <translation>le dossier n&apos;a pas été enregistré : {problems}</translation>
    </message>
    <message>
        <source>case {case} is not complete: {problems}</source>
        <translation>le dossier {case} n&apos;est pas complet : {problems}</translation>
    </message>
    <message>
        <source>returning a case needs a reason</source>
        <translation>le renvoi d&apos;un dossier exige un motif</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouveau)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>_Searcher</name>
    <message>
        <source>the search failed: {error}</source>
        <translation>la recherche a échoué : {error}</translation>
    </message>
    <message>
        <source>totals unavailable: {error}</source>
        <translation>totaux indisponibles : {error}</translation>
    </message>
</context>
</TS>
