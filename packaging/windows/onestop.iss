; Inno Setup script for onestop-counter on Windows (per-machine install).
;
; Build the frozen app first on a Windows PC (same spec as on Linux):
;     .venv\Scripts\python -m PyInstaller --noconfirm packaging\onestop.spec
; (dist\onestop\ the app, dist\onestop-launcher\ the launcher)
; then compile this script with Inno Setup 6 (ISCC.exe packaging\windows\onestop.iss),
; which makes dist\installer\onestop-counter-setup-<version>.exe.
;
; NOT TESTED: neither this script nor the Windows build has been run yet; see README.
;
; Data: the app keeps its database and files in the user's data folder
; (%LOCALAPPDATA%\onestop-counter, or ONESTOP_DATA_DIR), never in the program
; folder. The installer neither creates nor deletes it, so an upgrade or an
; uninstall keeps every dossier; remove it by hand only after a final sync.

#define AppName "onestop-counter"
#define AppTitle "Một cửa - Tiếp nhận hồ sơ"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; One fixed AppId: a newer installer upgrades this installation in place.
AppId={{6C3E5B0A-2F4D-4B8E-9C41-0E5D1A7B3F92}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppPublisher=onestop-counter
DefaultDirName={autopf}\onestop-counter
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=onestop-counter-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\onestop-launcher.exe
; Close a running copy before replacing its files.
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Dirs]
; Signed updates are unpacked here by the launcher, which runs as the signed-in user:
; users may write this one folder (not the rest of the program folder).
Name: "{app}\versions"; Permissions: users-modify

[Files]
; The launcher at the root, the app as one version folder beside later ones.
Source: "..\..\dist\onestop-launcher\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\dist\onestop\*"; DestDir: "{app}\versions\{#AppVersion}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; The launcher's own files of an older installer; and its state, so that it starts the
; newest version under versions\ (the one this installer brings, or a newer update).
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\state.json"

[Icons]
Name: "{group}\{#AppTitle}"; Filename: "{app}\onestop-launcher.exe"
Name: "{group}\{cm:UninstallProgram,{#AppTitle}}"; Filename: "{uninstallexe}"
Name: "{commondesktop}\{#AppTitle}"; Filename: "{app}\onestop-launcher.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\versions\{#AppVersion}\onestop.exe"; Parameters: "--version"; Flags: runhidden waituntilterminated
Filename: "{app}\onestop-launcher.exe"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the data folder lives outside {app} and is kept.
