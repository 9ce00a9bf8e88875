"""A real WordPress on loopback for publishing tests.

Debian's ``wordpress`` package, the local MariaDB service and PHP's built-in web server: the
site is installed and an application password is created by this setup itself, with a fresh
database, content folder and Debian host config per test session, all removed afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

WORDPRESS_ROOT = Path("/usr/share/wordpress")
DEBIAN_CONFIG_DIR = Path("/etc/wordpress")
REQUIRE_ENV = "REDAKSI_REQUIRE_WORDPRESS"

ROUTER = r"""<?php
// Route requests the way Apache's rewrite rules would for Debian's WordPress.
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) {
    $file = getenv('WP_CONTENT_ROOT') . substr($path, strlen('/wp-content'));
    if (is_file($file)) {
        header('Content-Type: ' . mime_content_type($file));
        readfile($file);
        return true;
    }
    http_response_code(404);
    return true;
}
$file = '/usr/share/wordpress' . $path;
if ($path !== '/' && is_file($file) && substr($file, -4) !== '.php') {
    return false;
}
if (is_file($file) && substr($file, -4) === '.php') {
    chdir(dirname($file));
    require $file;
    return true;
}
chdir('/usr/share/wordpress');
require '/usr/share/wordpress/index.php';
"""

INSTALL = r"""<?php
$_SERVER['WORDPRESS_CONFIG'] = getenv('WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = getenv('WP_HOST');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$admin_password = getenv('WP_ADMIN_PASSWORD');
wp_install('Redaksi Uji', 'redaktur', 'redaktur@example.org', false, '', $admin_password);
update_option('permalink_structure', '/%postname%/');
$user = get_user_by('login', 'redaktur');
list($password, $item) = WP_Application_Passwords::create_new_application_password(
    $user->ID, array('name' => 'redaksi-uji')
);
echo json_encode(array('password' => $password, 'user_id' => $user->ID));
"""

CONFIG = """<?php
define('DB_NAME', '{db}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1:3306');
define('WP_HOME', '{url}');
define('WP_SITEURL', '{url}');
define('WP_CONTENT_DIR', '{content}');
define('WP_CONTENT_URL', '{url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
{salts}
"""


def missing_requirements() -> str | None:
    """Why a WordPress cannot be started here, or ``None`` when it can."""
    if not (WORDPRESS_ROOT / "wp-load.php").exists():
        return "Debian package 'wordpress' is not installed"
    for tool in ("php", "mariadb"):
        if shutil.which(tool) is None:
            return f"'{tool}' is not installed"
    if not os.access(DEBIAN_CONFIG_DIR, os.W_OK):
        return f"{DEBIAN_CONFIG_DIR} is not writable (the setup writes a host config there)"
    probe = subprocess.run(
        ["mariadb", "-uroot", "-h127.0.0.1", "-e", "SELECT 1"], capture_output=True, timeout=20
    )
    if probe.returncode != 0:
        return "MariaDB service on 127.0.0.1:3306 does not accept root without a password"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class WordPressSite:
    """A running WordPress: its URL, admin user and a fresh application password."""

    url: str
    user: str
    application_password: str
    database: str
    config_name: str
    root: Path
    process: subprocess.Popen[bytes]

    def api(self) -> httpx.Client:
        """An authenticated client for reading back what Redaksi published."""
        return httpx.Client(
            base_url=f"{self.url}/wp-json/wp/v2",
            auth=(self.user, self.application_password),
            timeout=30,
        )

    def stop(self) -> None:
        """Stop PHP, drop the database and remove the host config and content folder."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        subprocess.run(
            ["mariadb", "-uroot", "-h127.0.0.1", "-e", f"DROP DATABASE IF EXISTS {self.database}"],
            check=False,
            timeout=30,
        )
        (DEBIAN_CONFIG_DIR / f"config-{self.config_name}.php").unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


def start_wordpress(root: Path) -> WordPressSite:
    """Install a new WordPress site under ``root`` and serve it on a free loopback port."""
    token = uuid.uuid4().hex[:10]
    database = f"redaksi_wp_{token}"
    config_name = f"redaksi-test-{token}"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    content = root / "wp-content"
    for sub in ("uploads", "plugins", "themes"):
        (content / sub).mkdir(parents=True, exist_ok=True)
    salts = "\n".join(
        f"define('{key}', '{uuid.uuid4().hex}');"
        for key in (
            "AUTH_KEY",
            "SECURE_AUTH_KEY",
            "LOGGED_IN_KEY",
            "NONCE_KEY",
            "AUTH_SALT",
            "SECURE_AUTH_SALT",
            "LOGGED_IN_SALT",
            "NONCE_SALT",
        )
    )
    config_path = DEBIAN_CONFIG_DIR / f"config-{config_name}.php"
    config_path.write_text(
        CONFIG.format(db=database, url=url, content=content, salts=salts), encoding="utf-8"
    )
    (root / "router.php").write_text(ROUTER, encoding="utf-8")
    (root / "install.php").write_text(INSTALL, encoding="utf-8")
    subprocess.run(
        ["mariadb", "-uroot", "-h127.0.0.1", "-e", f"CREATE DATABASE {database}"],
        check=True,
        timeout=30,
    )
    env = {
        **os.environ,
        "WORDPRESS_CONFIG": config_name,
        "WP_CONTENT_ROOT": str(content),
        "WP_HOST": f"127.0.0.1:{port}",
        "WP_ADMIN_PASSWORD": uuid.uuid4().hex,
    }
    installed = subprocess.run(
        ["php", str(root / "install.php")], capture_output=True, text=True, env=env, timeout=120
    )
    if installed.returncode != 0:
        raise RuntimeError(f"WordPress install failed: {installed.stdout} {installed.stderr}")
    credentials = json.loads(installed.stdout.strip().splitlines()[-1])
    log = (root / "php-server.log").open("wb")
    process = subprocess.Popen(
        ["php", "-S", f"127.0.0.1:{port}", str(root / "router.php")],
        cwd=root,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    site = WordPressSite(
        url=url,
        user="redaktur",
        application_password=credentials["password"],
        database=database,
        config_name=config_name,
        root=root,
        process=process,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/wp-json/", timeout=2).status_code == 200:
                return site
        except httpx.HTTPError:
            time.sleep(0.2)
    site.stop()
    raise RuntimeError("WordPress did not answer on loopback within 30 s")
