"""A chat-completions server for the StanceLLM tests, on 127.0.0.1 at a free port.

Started by the tests as a subprocess; prints "PORT <n>" on its first line, then serves until its
standard input closes. The first path segment picks the behaviour (a unique suffix after "~" keeps
each test's counters apart): /valid~x/v1/chat/completions, /flaky~y/v1/..., and so on; a GET of
/valid~x/requests answers how many chat requests /valid~x has received.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

VALID = {"claims": [
    {"sentence": 1, "source": "iran", "target": "israel", "stance": "opposes", "topic": None, "time": None},
    {"sentence": 2, "source": "united-states", "target": "iraq", "stance": "supports", "topic": "security agreement",
     "time": "last year"},
]}

ANSWERS = {
    "valid": json.dumps(VALID),
    "fenced": "Here are the claims:\n```json\n" + json.dumps(VALID["claims"]) + "\n```\nHope this helps.",
    "out-of-range": json.dumps({"claims": [
        {"sentence": 9, "source": "iran", "target": "israel", "stance": "opposes", "topic": None, "time": None},
        {"sentence": 1, "source": "iran", "target": "israel", "stance": "opposes", "topic": None, "time": None}]}),
    "missing-actor": json.dumps({"claims": [
        {"sentence": 1, "source": "iran", "target": "iraq", "stance": "opposes", "topic": None, "time": None}]}),
    "bad-time": json.dumps({"claims": [
        {"sentence": 1, "source": "iran", "target": "israel", "stance": "opposes", "topic": None, "time": "in 1999"},
        {"sentence": 2, "source": "united-states", "target": "iraq", "stance": "loves", "topic": None, "time": None}]}),
    "malformed": "Sure! Iran opposes Israel {\"claims\": [ {\"sentence\": 1, \"source\": ",
}

counts = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, payload):
        data = payload.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def completion(self, content):
        return json.dumps({"id": "x", "object": "chat.completion", "model": "fake",
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                        "finish_reason": "stop"}]})

    def do_GET(self):
        # /SEGMENT/requests: how many chat requests SEGMENT's server has received.
        parts = self.path.strip("/").split("/")
        if len(parts) == 2 and parts[1] == "requests":
            with lock:
                count = counts.get(parts[0], 0)
            data = str(count).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self.send(404, json.dumps({"error": "not found"}))

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode()
        segment = self.path.strip("/").split("/")[0]
        name = segment.split("~")[0]
        with lock:
            counts[segment] = counts.get(segment, 0) + 1
            count = counts[segment]
        auth = self.headers.get("Authorization", "")
        if name == "echo":
            return self.send(200, self.completion(json.dumps({"authorization": auth, "request": json.loads(body)})))
        if name == "flaky" and count == 1:
            # An error page that repeats the credentials: the client must not pass them on.
            return self.send(500, json.dumps({"error": "internal error for " + auth}))
        if name == "flaky":
            return self.send(200, self.completion(ANSWERS["valid"]))
        if name == "busy":
            return self.send(429, json.dumps({"error": "rate limited " + auth}))
        if name == "no-schema":
            if "response_format" in json.loads(body):
                return self.send(400, json.dumps({"error": "response_format is not supported"}))
            return self.send(200, self.completion(ANSWERS["valid"]))
        if name == "object-only":
            # llama-cpp-python's server: knows {"type": "json_object", "schema": ...}, not "json_schema".
            request = json.loads(body)
            kind = request.get("response_format", {}).get("type")
            if kind not in (None, "text", "json_object"):
                # (It answers a validation error with a 500, as llama-cpp-python 0.3 does.)
                return self.send(500, json.dumps({"error": {"message": "1 validation error: ('body', 'response_format', "
                                                            "'type') Input should be 'text' or 'json_object'"}}))
            return self.send(200, self.completion(json.dumps({"claims": [], "response_format": request.get("response_format")})))
        if name == "slow":
            time.sleep(5)
            return self.send(200, self.completion(ANSWERS["valid"]))
        if name == "not-completion":
            return self.send(200, "<html>gateway</html>")
        if name == "count":
            return self.send(200, self.completion(json.dumps({"count": count})))
        return self.send(200, self.completion(ANSWERS.get(name, "{\"claims\": []}")))


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print("PORT", server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
