; Inno Setup script for OneStop on Windows (see packaging/README.md).
; Build on Windows after `make package` there (or the same PyInstaller command), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\onestop.iss
; The installer copies the one-folder build, adds Start-menu entries and an uninstaller. It
; never touches the vault: it lives in the user's data folder (or beside the program in
; portable mode) and an uninstall leaves it where it is.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "OneStop"
#define BuildDir "..\..\dist\onestop-" + AppVersion

[Setup]
AppId={{6C1B7E0A-4F0E-4E7B-9E61-0A6E2B1D7C53}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=OneStop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputBaseFilename=onestop-{#AppVersion}-setup
OutputDir=..\..\dist
SetupIconFile=..\icons\onestop.ico
UninstallDisplayIcon={app}\onestop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\onestop.exe"
Name: "{group}\{#AppName} self-test"; Filename: "{app}\onestop-cli.exe"; Parameters: "admin selftest"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\onestop-cli.exe"; Parameters: "admin selftest"; StatusMsg: "Checking the installation…"; Flags: runhidden waituntilterminated
Filename: "{app}\onestop.exe"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
