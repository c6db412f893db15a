import StanceModel

/// The explorer's one page: HTML with its CSS and script inline (no build step, no external asset).
///
/// Untrusted text (actor names, topic labels, the database's name) is escaped here; everything the
/// script later shows comes from the JSON API and is set as text, never as HTML. The script runs
/// under a nonce-based content security policy (see ``ExplorerRoutes/page()``).
struct ExplorerPage {
    let csrfToken: String
    let nonce: String
    let databaseName: String
    let actors: [StanceActor]
    let topics: [Topic]

    var html: String {
        let actorOptions = actors.map { actor in
            "<option value=\"\(HTMLText.escape(actor.id.rawValue))\">\(HTMLText.escape(actor.name))</option>"
        }.joined(separator: "\n")
        let topicOptions = topics.map { topic in
            "<option value=\"\(HTMLText.escape(topic.id.rawValue))\">\(HTMLText.escape(topic.label))</option>"
        }.joined(separator: "\n")
        let kindOptions = ActorKind.allCases.map { kind in
            "<option value=\"\(kind.rawValue)\">\(kind.rawValue)</option>"
        }.joined(separator: "\n")
        return Self.template
            .replacingOccurrences(of: "{{CSRF}}", with: HTMLText.escape(csrfToken))
            .replacingOccurrences(of: "{{NONCE}}", with: HTMLText.escape(nonce))
            .replacingOccurrences(of: "{{KIND_OPTIONS}}", with: kindOptions)
            .replacingOccurrences(of: "{{TOPIC_OPTIONS}}", with: topicOptions)
            .replacingOccurrences(of: "{{ACTOR_OPTIONS}}", with: actorOptions)
            .replacingOccurrences(of: "{{DB}}", with: HTMLText.escape(databaseName))
    }

    static let template = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{{CSRF}}">
        <title>StanceGraph explorer</title>
        <link rel="icon" href="data:,">
        <style>
        :root { --green: #2e7d32; --red: #c62828; --grey: #616161; --line: #d7dbe0; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.4 Helvetica, Arial, sans-serif; color: #212121; background: var(--bg); }
        header { display: flex; align-items: baseline; gap: 16px; padding: 10px 16px; background: #263238; color: #fff; }
        header h1 { font-size: 17px; margin: 0; }
        header .db { color: #b0bec5; }
        header label { margin-left: auto; font-size: 13px; }
        header input { width: 130px; }
        #controls { padding: 10px 16px 4px; background: #fff; border-bottom: 1px solid var(--line); }
        .row { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin-bottom: 6px; }
        .slider { position: relative; flex: 1 1 480px; min-width: 280px; padding-bottom: 30px; }
        .slider input[type=range] { width: 100%; margin: 0; }
        .marks { position: absolute; left: 8px; right: 8px; bottom: 0; height: 28px; }
        .mark { position: absolute; top: 0; width: 2px; height: 10px; background: #ef6c00; border: 0; padding: 0; cursor: pointer; }
        .mark.low { height: 22px; }
        .mark.low span { top: 21px; }
        .mark span { position: absolute; top: 9px; left: -50px; width: 100px; font-size: 10px; color: #ef6c00; text-align: center; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .date { font-weight: bold; min-width: 92px; font-variant-numeric: tabular-nums; }
        #from-row[hidden] { display: none; }
        select, input, button { font: inherit; }
        input[type=number] { width: 64px; }
        button { cursor: pointer; border: 1px solid #90a4ae; background: #eceff1; border-radius: 4px; padding: 2px 10px; }
        button:hover { background: #cfd8dc; }
        main { display: grid; grid-template-columns: minmax(0, 1fr) 420px; gap: 0; height: calc(100vh - 150px); min-height: 420px; }
        #graph-box { overflow: auto; background: #fff; border-right: 1px solid var(--line); position: relative; }
        #graph svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
        #graph g.edge[data-source], #graph g.node[data-actor] { cursor: pointer; }
        #graph g.edge[data-source]:hover path { stroke-width: 4; }
        #graph g.selected path, #graph g.selected polygon { stroke: #ff8f00; }
        #status { position: absolute; top: 6px; left: 10px; color: var(--grey); font-size: 12px; }
        #status.error { color: var(--red); }
        aside { overflow: auto; padding: 0 12px 12px; }
        .tabs { position: sticky; top: 0; display: flex; gap: 4px; padding: 8px 0; background: var(--bg); }
        .tabs button[aria-selected=true] { background: #263238; color: #fff; border-color: #263238; }
        .panel[hidden] { display: none; }
        .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; margin-bottom: 8px; }
        .card h3 { font-size: 14px; margin: 0 0 4px; }
        .quote { margin: 6px 0; padding-left: 8px; border-left: 3px solid #b0bec5; font-style: italic; }
        .meta { color: var(--grey); font-size: 12px; }
        .stance-supports, .stance-allied { color: var(--green); font-weight: bold; }
        .stance-opposes, .stance-hostile { color: var(--red); font-weight: bold; }
        .stance-neutral { color: var(--grey); font-weight: bold; }
        .decision { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; background: #e0e0e0; }
        .decision.accept { background: #c8e6c9; } .decision.reject { background: #ffcdd2; } .decision.correct { background: #fff9c4; }
        .actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
        .correct-form { display: none; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
        .correct-form.open { display: flex; }
        .correct-form input { width: 96px; }
        .timeline { width: 100%; border: 1px solid var(--line); background: #fff; margin: 4px 0; }
        .empty { color: var(--grey); font-style: italic; }
        </style>
        </head>
        <body>
        <header>
          <h1>StanceGraph explorer</h1><span class="db">{{DB}}</span>
          <label>Reviewer <input id="reviewer" maxlength="200" placeholder="your name"></label>
        </header>
        <section id="controls">
          <div class="row">
            <label for="date-slider">Date</label>
            <div class="slider"><input id="date-slider" type="range" min="0" max="0" value="0" aria-label="date"><div class="marks" id="date-marks"></div></div>
            <span class="date" id="date-label">–</span>
            <label><input type="checkbox" id="compare"> compare with an earlier date</label>
          </div>
          <div class="row" id="from-row" hidden>
            <label for="from-slider">From</label>
            <div class="slider"><input id="from-slider" type="range" min="0" max="0" value="0" aria-label="earlier date"><div class="marks" id="from-marks"></div></div>
            <span class="date" id="from-label">–</span>
          </div>
          <div class="row">
            <label>Focus <select id="focus"><option value="">(all actors)</option>
        {{ACTOR_OPTIONS}}
            </select></label>
            <label>Depth <input id="depth" type="number" min="0" max="10" value="1"></label>
            <label>Topic <select id="topic"><option value="">(any)</option>
        {{TOPIC_OPTIONS}}
            </select></label>
            <label>Kind <select id="kind"><option value="">(any)</option>
        {{KIND_OPTIONS}}
            </select></label>
            <label>Top <input id="top" type="number" min="1" placeholder="all"></label>
            <label>Min. confidence <input id="min-confidence" type="number" min="0" max="1" step="0.05" value="0"></label>
          </div>
        </section>
        <main>
          <div id="graph-box"><div id="status">Loading…</div><div id="graph"></div></div>
          <aside>
            <div class="tabs" role="tablist">
              <button role="tab" data-tab="evidence" aria-selected="true">Evidence</button>
              <button role="tab" data-tab="actor" aria-selected="false">Actor</button>
              <button role="tab" data-tab="queue" aria-selected="false">Review queue <span id="pending-count"></span></button>
            </div>
            <div class="panel" id="evidence"><p class="empty">Click an edge to read the claims behind it.</p></div>
            <div class="panel" id="actor-panel" hidden><p class="empty">Click an actor to see its stances over time.</p></div>
            <div class="panel" id="queue" hidden></div>
          </aside>
        </main>
        <template id="actor-options">{{ACTOR_OPTIONS}}</template>
        <script nonce="{{NONCE}}">
        "use strict";
        const csrf = document.querySelector('meta[name="csrf-token"]').content;
        const $ = (id) => document.getElementById(id);
        const DAY = 86400000;
        let firstDay = 0, span = null, drawTimer = null, drawSeq = 0, selectedEdge = null;

        const toDay = (iso) => Math.floor(Date.parse(iso.length === 4 ? iso + "-01-01" : iso.length === 7 ? iso + "-01" : iso) / DAY);
        const toISO = (day) => new Date(day * DAY).toISOString().slice(0, 10);
        function el(tag, attrs, ...children) {
          const node = document.createElement(tag);
          for (const [key, value] of Object.entries(attrs || {})) {
            if (key === "class") node.className = value; else if (key === "text") node.textContent = value; else node.setAttribute(key, value);
          }
          for (const child of children) if (child != null) node.append(child);
          return node;
        }
        function status(text, isError) { const s = $("status"); s.textContent = text; s.className = isError ? "error" : ""; }
        async function getJSON(url) {
          const response = await fetch(url, { credentials: "same-origin" });
          const body = await response.json().catch(() => ({ error: response.statusText }));
          if (!response.ok) throw new Error(body.error || response.statusText);
          return body;
        }
        function dateOf(slider) { return toISO(firstDay + Number(slider.value)); }

        function viewParams() {
          const p = new URLSearchParams();
          const date = dateOf($("date-slider"));
          if ($("compare").checked) { p.set("from", dateOf($("from-slider"))); p.set("to", date); } else p.set("date", date);
          for (const id of ["focus", "topic", "kind", "top", "min-confidence"]) { const v = $(id).value.trim(); if (v && v !== "0") p.set(id, v); }
          if ($("focus").value) p.set("depth", $("depth").value || "1");
          return p;
        }
        function scheduleDraw() { clearTimeout(drawTimer); drawTimer = setTimeout(draw, 150); }
        async function draw() {
          const seq = ++drawSeq;
          $("date-label").textContent = dateOf($("date-slider"));
          $("from-label").textContent = dateOf($("from-slider"));
          status("Drawing…");
          try {
            const response = await fetch("/graph.svg?" + viewParams(), { credentials: "same-origin" });
            const text = await response.text();
            if (seq !== drawSeq) return;
            if (!response.ok) { let m = text; try { m = JSON.parse(text).error; } catch (e) {} status(m, true); return; }
            const doc = new DOMParser().parseFromString(text, "image/svg+xml");
            const svg = doc.documentElement;
            if (svg.nodeName !== "svg") { status("The diagram did not parse.", true); return; }
            svg.querySelectorAll("script, foreignObject").forEach((n) => n.remove());
            $("graph").replaceChildren(document.importNode(svg, true));
            const label = $("compare").checked ? "Shift " + dateOf($("from-slider")) + " → " + dateOf($("date-slider")) : "Snapshot on " + dateOf($("date-slider"));
            status(label);
            $("graph-box").dataset.drawn = String(seq);
          } catch (error) { status(String(error.message || error), true); }
        }

        function addMarks(box, slider) {
          box.replaceChildren();
          const total = Number(slider.max) || 1;
          let shown = 0;
          for (const event of span.events) {
            const offset = toDay(event.date) - firstDay;
            if (offset < 0 || offset > total) continue;
            const mark = el("button", { class: shown++ % 2 ? "mark low" : "mark", title: event.name + " (" + event.date + ")", "aria-label": event.name, style: "left:" + (100 * offset / total) + "%" }, el("span", { text: event.name }));
            mark.addEventListener("click", () => { slider.value = String(offset); scheduleDraw(); });
            box.append(mark);
          }
        }
        async function loadSpan() {
          span = await getJSON("/api/span");
          if (!span.first) { status("The database holds no dated claim.", true); return; }
          firstDay = toDay(span.first);
          const total = toDay(span.last) - firstDay;
          for (const id of ["date-slider", "from-slider"]) { $(id).max = String(total); }
          $("date-slider").value = String(toDay(span.latest || span.last) - firstDay);
          const before = span.events.length ? toDay(span.events[span.events.length - 1].date) - firstDay - 1 : 0;
          $("from-slider").value = String(Math.max(0, before));
          addMarks($("date-marks"), $("date-slider"));
          addMarks($("from-marks"), $("from-slider"));
        }

        function showTab(name) {
          for (const button of document.querySelectorAll(".tabs button")) button.setAttribute("aria-selected", String(button.dataset.tab === name));
          $("evidence").hidden = name !== "evidence"; $("actor-panel").hidden = name !== "actor"; $("queue").hidden = name !== "queue";
          if (name === "queue") loadQueue();
        }
        for (const button of document.querySelectorAll(".tabs button")) button.addEventListener("click", () => showTab(button.dataset.tab));

        function stanceSpan(stance) { return el("span", { class: "stance-" + stance, text: stance }); }
        function evidenceCard(ev) {
          const card = el("div", { class: "evidence-item" });
          card.append(el("blockquote", { class: "quote", text: ev.quote }));
          const meta = [];
          if (ev.speaker) meta.push("— " + ev.speaker);
          const source = [ev.outlet, ev.published, ev.title].filter(Boolean).join(", ");
          const line = el("div", { class: "meta" }, meta.join(" ") + (meta.length ? " · " : "") + source + " · " + ev.method + " · confidence " + ev.confidence.toFixed(2) + " ");
          if (ev.url) line.append(el("a", { href: ev.url, target: "_blank", rel: "noopener noreferrer", text: "source" }));
          card.append(line);
          return card;
        }
        function claimCard(claim) {
          const card = el("div", { class: "card claim", "data-claim": claim.id || "" });
          const head = el("h3", {}, claim.source.name + " → " + claim.target.name + " ", stanceSpan(claim.stance));
          if (claim.topic) head.append(" on " + claim.topic.label);
          card.append(head, el("div", { class: "meta", text: "valid " + claim.validTime + " · claim " + (claim.id || "–") + " · confidence " + claim.confidence.toFixed(2) }));
          for (const ev of claim.evidence) card.append(evidenceCard(ev));
          card.append(reviewLine(claim));
          return card;
        }
        function reviewLine(claim) {
          const box = el("div", { class: "review" });
          if (claim.review) {
            const r = claim.review;
            let text = r.decision + "ed by " + r.reviewer + " at " + r.reviewedAt;
            if (r.decision === "correct") text = "corrected to " + r.stance + " toward " + r.target.name + " (" + (r.from || "…") + " – " + (r.until || "…") + ") by " + r.reviewer + " at " + r.reviewedAt;
            box.append(el("span", { class: "decision " + r.decision, text: text }));
          }
          if (!claim.id) return box;
          const actions = el("div", { class: "actions" });
          const form = el("div", { class: "correct-form" });
          const stance = el("select", { "aria-label": "stance" });
          for (const level of ["hostile", "opposes", "neutral", "supports", "allied"]) stance.append(el("option", { value: level, text: level }));
          stance.value = claim.stance;
          const target = el("select", { "aria-label": "target" });
          target.append(...document.importNode($("actor-options").content, true).childNodes);
          target.value = claim.target.id;
          const from = el("input", { placeholder: "from", "aria-label": "from", value: claim.from || "" });
          const until = el("input", { placeholder: "until", "aria-label": "until", value: claim.until || "" });
          const save = el("button", { class: "review-save", text: "Save correction" });
          save.addEventListener("click", () => decide(claim.id, { decision: "correct", stance: stance.value, target: target.value, from: from.value, until: until.value }));
          form.append(stance, target, from, until, save);
          const accept = el("button", { class: "review-accept", text: "Accept" });
          accept.addEventListener("click", () => decide(claim.id, { decision: "accept" }));
          const reject = el("button", { class: "review-reject", text: "Reject" });
          reject.addEventListener("click", () => decide(claim.id, { decision: "reject" }));
          const correct = el("button", { class: "review-correct", text: "Correct…" });
          correct.addEventListener("click", () => form.classList.toggle("open"));
          actions.append(accept, reject, correct);
          box.append(actions, form);
          return box;
        }
        async function decide(id, body) {
          body.reviewer = $("reviewer").value.trim();
          try {
            const response = await fetch("/api/review/" + encodeURIComponent(id), {
              method: "POST", credentials: "same-origin",
              headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf }, body: JSON.stringify(body) });
            const answer = await response.json().catch(() => ({}));
            if (!response.ok) throw new Error(answer.error || response.statusText);
            for (const card of document.querySelectorAll('.card.claim[data-claim="' + CSS.escape(id) + '"]')) card.replaceWith(claimCard(answer));
            status("Claim " + id + ": " + body.decision + " stored.");
            refreshPending();
            scheduleDraw();
          } catch (error) { status(String(error.message || error), true); }
        }

        async function openEdge(source, target) {
          showTab("evidence");
          const panel = $("evidence");
          panel.replaceChildren(el("p", { class: "empty", text: "Loading…" }));
          const dates = $("compare").checked ? [dateOf($("date-slider")), dateOf($("from-slider"))] : [dateOf($("date-slider"))];
          let edge = null, lastError = null;
          for (const date of dates) {
            try { edge = await getJSON("/api/edge?" + new URLSearchParams({ source, target, date })); break; } catch (error) { lastError = error; }
          }
          if (!edge) { panel.replaceChildren(el("p", { class: "empty", text: String(lastError && lastError.message) })); return; }
          panel.replaceChildren(el("h2", { text: edge.source.name + " → " + edge.target.name }), el("p", { class: "meta", text: "Claims in force on " + edge.date }));
          for (const stance of edge.stances) {
            if (stance.topic) panel.append(el("h3", { text: "On " + stance.topic.label }));
            for (const claim of stance.claims) panel.append(claimCard(claim));
          }
        }
        async function openActor(id) {
          showTab("actor");
          const panel = $("actor-panel");
          panel.replaceChildren(el("p", { class: "empty", text: "Loading…" }));
          try {
            const a = await getJSON("/api/actor/" + encodeURIComponent(id));
            panel.replaceChildren(el("h2", { text: a.name }), el("p", { class: "meta", text: a.kind + " · " + a.id + (a.aliases.length ? " · also " + a.aliases.slice(0, 8).join(", ") : "") }));
            const member = el("div", { class: "card" }, el("h3", { text: "Memberships" }));
            if (!a.memberships.length && !a.members.length) member.append(el("p", { class: "empty", text: "None recorded." }));
            for (const m of a.memberships) member.append(el("div", { text: "member of " + m.parent.name + (m.from || m.until ? " (" + (m.from || "…") + " – " + (m.until || "…") + ")" : "") }));
            if (a.members.length) member.append(el("div", { text: "members: " + a.members.map((m) => m.name).join(", ") }));
            panel.append(member);
            panel.append(el("h3", { text: "Stances held, over time" }));
            if (!a.holds.length) panel.append(el("p", { class: "empty", text: "No stance held." }));
            for (const d of a.holds.slice(0, 8)) {
              panel.append(el("div", { class: "meta", text: "toward " + d.other.name + (d.topic ? " on " + d.topic.label : "") + " · " + d.claims + " claim(s)" }));
              if (d.chart) panel.append(el("img", { class: "timeline", src: d.chart, alt: a.name + " toward " + d.other.name }));
            }
            if (a.receives.length) panel.append(el("h3", { text: "Stances toward it" }), el("p", { text: a.receives.map((d) => d.other.name + " (" + d.claims + ")").join(", ") }));
          } catch (error) { panel.replaceChildren(el("p", { class: "empty", text: String(error.message || error) })); }
        }

        async function refreshPending() {
          try { const q = await getJSON("/api/review?limit=1"); $("pending-count").textContent = "(" + q.counts.pending + ")"; } catch (e) {}
        }
        let queuePages = 1;
        async function loadQueue() {
          const panel = $("queue");
          try {
            const q = await getJSON("/api/review?limit=" + Math.min(500, 40 * queuePages));
            $("pending-count").textContent = "(" + q.counts.pending + ")";
            panel.replaceChildren(el("p", { class: "meta", text: q.counts.pending + " pending · " + q.counts.accepted + " accepted · " + q.counts.rejected + " rejected · " + q.counts.corrected + " corrected; lowest confidence first" }));
            if (!q.items.length) panel.append(el("p", { class: "empty", text: "Nothing left to review." }));
            for (const claim of q.items) panel.append(claimCard(claim));
            if (q.items.length < q.counts.pending && 40 * queuePages < 500) {
              const more = el("button", { id: "queue-more", text: "Show more" });
              more.addEventListener("click", () => { queuePages += 1; loadQueue(); });
              panel.append(more);
            }
          } catch (error) { panel.replaceChildren(el("p", { class: "empty", text: String(error.message || error) })); }
        }

        $("graph").addEventListener("click", (event) => {
          const edge = event.target.closest("g.edge[data-source]");
          const node = event.target.closest("g.node[data-actor]");
          if (!edge && !node) return;
          event.preventDefault();
          if (selectedEdge) selectedEdge.classList.remove("selected");
          if (edge) { selectedEdge = edge; edge.classList.add("selected"); openEdge(edge.dataset.source, edge.dataset.target); }
          else openActor(node.dataset.actor);
        });
        for (const id of ["date-slider", "from-slider"]) $(id).addEventListener("input", scheduleDraw);
        for (const id of ["focus", "depth", "topic", "kind", "top", "min-confidence"]) $(id).addEventListener("change", scheduleDraw);
        $("compare").addEventListener("change", () => { $("from-row").hidden = !$("compare").checked; scheduleDraw(); });
        $("reviewer").value = localStorage.getItem("stancegraph-reviewer") || "";
        $("reviewer").addEventListener("change", () => localStorage.setItem("stancegraph-reviewer", $("reviewer").value.trim()));
        loadSpan().then(draw).then(refreshPending).catch((error) => status(String(error.message || error), true));
        </script>
        </body>
        </html>
        """#
}
