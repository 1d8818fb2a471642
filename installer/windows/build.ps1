# Build the Windows installer on a Windows machine with Python 3.11+ and Inno Setup 6.
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.\.venv\Scripts\python -m pip install --upgrade pip
.\.venv\Scripts\python -m pip install -e ".[installer]"
.\.venv\Scripts\python -m PyInstaller --noconfirm --clean installer\loket.spec
$env:QT_QPA_PLATFORM = "offscreen"
$tmp = New-Item -ItemType Directory -Path (Join-Path $env:TEMP ("loket-check-" + [guid]::NewGuid()))
.\dist\loket\loket.exe --data-dir $tmp --smoke; if ($LASTEXITCODE) { throw "smoke failed" }
.\dist\loket\loket.exe --data-dir $tmp doctor; if ($LASTEXITCODE) { throw "doctor failed" }
Remove-Item -Recurse -Force $tmp
$version = (.\.venv\Scripts\python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" "/DAppVersion=$version" installer\windows\loket.iss
