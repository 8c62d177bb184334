#!/usr/bin/env python3
"""Smart HTTP for git, for kiv's sharing tests: git http-backend behind Python's HTTP server.

Serves the repositories under ROOT on 127.0.0.1 only, at a free port it prints first. With
--password, every request must carry HTTP Basic authentication with that password (any user).
With --tls CERT KEY, it speaks HTTPS with that certificate and key (PEM files).
Request bodies may be chunked (libgit2 sends pushes so). Each request runs git http-backend once,
bounded by a timeout.
"""
import argparse
import base64
import http.server
import os
import ssl
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--password", default="")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *unused):
            pass

        def body(self):
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                data = b""
                while True:
                    size = int(self.rfile.readline().strip().split(b";")[0], 16)
                    if size == 0:
                        self.rfile.readline()
                        return data
                    data += self.rfile.read(size)
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length", "0")))

        def handle_git(self):
            body = self.body()
            if args.password:
                expected = args.password
                given = self.headers.get("Authorization", "")
                ok = False
                if given.startswith("Basic "):
                    user_pass = base64.b64decode(given[6:]).decode("utf-8", "replace")
                    ok = user_pass.partition(":")[2] == expected
                if not ok:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="kiv"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
            path, _, query = self.path.partition("?")
            env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "GIT_PROJECT_ROOT": args.root,
                "GIT_HTTP_EXPORT_ALL": "1",
                "PATH_INFO": path,
                "QUERY_STRING": query,
                "REQUEST_METHOD": self.command,
                "CONTENT_TYPE": self.headers.get("Content-Type", ""),
                "CONTENT_LENGTH": str(len(body)),
                "REMOTE_USER": "kiv",
                "REMOTE_ADDR": "127.0.0.1",
                "GIT_CONFIG_NOSYSTEM": "1",
                "HOME": args.root,
            }
            if self.headers.get("Content-Encoding"):
                env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
            output = subprocess.run(["git", "http-backend"], input=body, env=env,
                                    capture_output=True, timeout=60).stdout
            separator = b"\r\n\r\n" if b"\r\n\r\n" in output else b"\n\n"
            head, _, content = output.partition(separator)
            status = 200
            headers = []
            for line in head.decode("latin-1").splitlines():
                name, _, value = line.partition(":")
                if name.lower() == "status":
                    status = int(value.strip().split()[0])
                elif name:
                    headers.append((name, value.strip()))
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = handle_git
        do_POST = handle_git

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
