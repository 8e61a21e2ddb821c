; Inno Setup 6.3+ script: Committee Desk for Windows, installed per user (no administrator).
;
; Build it with build.ps1 (it runs PyInstaller, then this script), or by hand from the repository
; root after `pyinstaller installer\committee-desk.spec`:
;     iscc /DAppVersion=0.1.0 installer\windows\committee-desk.iss
; Output: dist\CommitteeDesk-Setup-VERSION.exe
;
; The installer copies the one-folder build into %LOCALAPPDATA%\Programs\Committee Desk, adds a
; Start-menu shortcut (and, if asked, a desktop one) and an uninstaller (Settings > Apps, or the
; Start menu). Databases and settings live in %LOCALAPPDATA%\CommitteeDesk and are never touched
; by install, upgrade or uninstall.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z committee-desk.iss (build.ps1 does it)
#endif
#define AppName "Committee Desk"
#define AppExe "committee-desk.exe"
#define BuildDir "..\..\dist\committee-desk"

[Setup]
; AppId identifies the program for upgrades and the uninstaller: never change it.
AppId={{7C1E5B1A-3F0E-4B8B-9D55-2A6C1D4E9F21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Committee Desk
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt; {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\committee-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=CommitteeDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Ask a running Committee Desk to close before files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale (no stale files from the old version).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
