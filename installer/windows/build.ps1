# Build the Windows installer: dist\CommitteeDesk-Setup-VERSION.exe
#
# Needs Python 3.11+ (python.org or `winget install Python.Python.3.11`) and Inno Setup 6.3+
# (`winget install JRSoftware.InnoSetup`). Run from anywhere:
#     powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Steps: a fresh .venv with the app and PyInstaller, the Spanish and English .qm, the one-folder build
# (dist\committee-desk\, with committee-desk.exe for the window and committee-desk-cli.exe for
# the command line), a quick --version check, then Inno Setup with the version from pyproject.toml.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Check([string]$what) {
    if ($LASTEXITCODE -ne 0) { throw "$what failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv; Check "creating .venv" }
$py = ".venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip; Check "pip upgrade"
& $py -m pip install --quiet -e ".[dist]"; Check "installing the app and PyInstaller"

& .venv\Scripts\pyside6-lrelease.exe -silent resources\i18n\committee_desk_es.ts -qm resources\i18n\committee_desk_es.qm
Check "pyside6-lrelease"
& .venv\Scripts\pyside6-lrelease.exe -silent resources\i18n\committee_desk_en.ts -qm resources\i18n\committee_desk_en.qm
Check "pyside6-lrelease (English plurals)"
& .venv\Scripts\pyinstaller.exe --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\committee-desk.spec
Check "PyInstaller"

$version = (& $py -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])").Trim()
$reported = (& dist\committee-desk\committee-desk-cli.exe --version | Out-String).Trim()
if ($reported -ne "committee-desk $version") { throw "frozen build reports '$reported', expected $version" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe", "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
              "$env:ProgramFiles\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: winget install JRSoftware.InnoSetup" }
& $iscc "/DAppVersion=$version" installer\windows\committee-desk.iss; Check "Inno Setup"
Write-Host "Built dist\CommitteeDesk-Setup-$version.exe"
