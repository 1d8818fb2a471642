; Inno Setup script for Loket (per-machine install into Program Files).
; Build on Windows after the one-folder bundle exists in dist\loket (see installer\README.md):
;   iscc /DAppVersion=0.1.0 installer\windows\loket.iss
; The version comes from pyproject.toml through installer\windows\build.ps1.
#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (installer\windows\build.ps1 does it)
#endif

[Setup]
AppId={{8E4B7B52-3C1D-4C51-9B8A-6D0A2C5E7F10}
AppName=Loket
AppVersion={#AppVersion}
AppPublisher=Loket
DefaultDirName={autopf}\Loket
DefaultGroupName=Loket
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Loket-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\loket.ico
UninstallDisplayIcon={app}\loket.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; Only the program folder. The data folder (%LOCALAPPDATA%\Loket) is never
; installed, replaced or removed: it survives upgrades and uninstall.
Source: "..\..\dist\loket\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Loket"; Filename: "{app}\loket.exe"
Name: "{group}\Uninstall Loket"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Loket"; Filename: "{app}\loket.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\loket.exe"; Parameters: "doctor"; Flags: runhidden waituntilterminated; StatusMsg: "Memeriksa instalasi..."
Filename: "{app}\loket.exe"; Description: "{cm:LaunchProgram,Loket}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only files the program itself wrote inside {app}; never the user data folder.
Type: filesandordirs; Name: "{app}\__pycache__"
