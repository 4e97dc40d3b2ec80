; Inno Setup 6 script: Workload Desk's installer for Windows, per user, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\workload-desk.iss
;
; after `pyinstaller packaging\workload-desk.spec` built dist\workload-desk\ (the release workflow
; does both). Writes dist\WorkloadDesk-<version>-setup.exe. It installs into
; %LOCALAPPDATA%\Programs\Workload Desk, adds a Start-menu entry and, if asked, a start at sign-in.
; Uninstalling removes the program, never the worker's data (%LOCALAPPDATA%\WorkloadDesk).
; Signing: see README.md, "Windows installer" (a certificate is needed; not done yet).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\workload-desk"
#endif
#define AppName "Workload Desk"
#define AppUserModelID "nl.workloaddesk.WorkloadDesk"
#define GuiExe "workload-desk-gui.exe"

[Setup]
; The AppId ties updates and the uninstaller to this app: never change it.
AppId={{E8019CB8-3EC4-4B2C-B669-7355D56BF78A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Workload Desk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=WorkloadDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\workload-desk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.StartAtSignIn=Workload Desk starten als ik me aanmeld
english.StartAtSignIn=Start Workload Desk when I sign in
dutch.Starting=Starten:
english.Starting=Starting:

[Tasks]
Name: "startatsignin"; Description: "{cm:StartAtSignIn}"; GroupDescription: "{cm:Starting}"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The same AppUserModelID as the running app sets, so the taskbar groups it under this shortcut's icon.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppUserModelID}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: desktopicon
Name: "{userstartup}\{#AppName}"; Filename: "{app}\{#GuiExe}"; AppUserModelID: "{#AppUserModelID}"; Tasks: startatsignin

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
