import Foundation
import StanceModel
import StanceTestSupport
import Testing

@testable import StanceRender

/// Every export of the smallest graph, compared byte for byte (the formats are deterministic text).
@Suite("export golden files")
struct ExportGoldenTests {
    @Test("GEXF 1.3: dynamic, spells from the first to the last day, membership as a dynamic attribute")
    func gexf() {
        #expect(GEXFWriter.write(ExportGolden.selection) == Self.gexf)
    }

    @Test("GraphML: typed keys, one edge per claim with its position as id")
    func graphml() {
        #expect(GraphMLWriter.write(ExportGolden.selection) == Self.graphml)
    }

    @Test("node-link JSON: networkx's layout, members in a fixed order")
    func nodeLink() {
        #expect(NodeLinkWriter.write(ExportGolden.selection) == Self.nodeLink)
    }

    @Test("CSV: RFC 4180 quoting, CRLF line ends, the statements and the actors tables")
    func csv() throws {
        #expect(try CSVExport.statements(ExportGolden.selection) == Data(Self.statements.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(try CSVExport.actors(ExportGolden.selection) == Data(Self.actors.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    static let gexf = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <meta>
            <creator>StanceGraph</creator>
            <description>Stances between actors: one edge per claim, valid time as spells</description>
          </meta>
          <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
            <attributes class="node" mode="static">
              <attribute id="name" title="name" type="string"/>
              <attribute id="kind" title="kind" type="string"/>
              <attribute id="aliases" title="aliases" type="string"/>
              <attribute id="member_of" title="member_of" type="string"/>
            </attributes>
            <attributes class="node" mode="dynamic">
              <attribute id="member:avalon" title="member of avalon" type="boolean"/>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="score" title="score" type="double"/>
              <attribute id="level" title="level" type="string"/>
              <attribute id="topic" title="topic" type="string"/>
              <attribute id="topic_label" title="topic_label" type="string"/>
              <attribute id="from" title="from" type="string"/>
              <attribute id="until" title="until" type="string"/>
              <attribute id="document" title="document" type="string"/>
              <attribute id="title" title="title" type="string"/>
              <attribute id="outlet" title="outlet" type="string"/>
              <attribute id="url" title="url" type="string"/>
              <attribute id="published" title="published" type="string"/>
              <attribute id="quote" title="quote" type="string"/>
              <attribute id="speaker" title="speaker" type="string"/>
              <attribute id="speaker_actor" title="speaker_actor" type="string"/>
              <attribute id="time_phrase" title="time_phrase" type="string"/>
              <attribute id="method" title="method" type="string"/>
              <attribute id="confidence" title="confidence" type="double"/>
              <attribute id="evidence" title="evidence" type="integer"/>
            </attributes>
            <nodes count="2">
              <node id="avalon" label="Avalon">
                <attvalues>
                  <attvalue for="name" value="Avalon"/>
                  <attvalue for="kind" value="state"/>
                  <attvalue for="aliases" value="Avalonian"/>
                </attvalues>
              </node>
              <node id="borduria" label="Borduria &amp; Co">
                <attvalues>
                  <attvalue for="name" value="Borduria &amp; Co"/>
                  <attvalue for="kind" value="state"/>
                  <attvalue for="member_of" value="avalon (2020 – open)"/>
                  <attvalue for="member:avalon" value="true" start="2020-01-01"/>
                </attvalues>
              </node>
            </nodes>
            <edges count="1">
              <edge id="0" source="avalon" target="borduria" kind="trade" label="supports">
                <attvalues>
                  <attvalue for="score" value="0.5"/>
                  <attvalue for="level" value="supports"/>
                  <attvalue for="topic" value="trade"/>
                  <attvalue for="topic_label" value="Trade treaty"/>
                  <attvalue for="from" value="2024-02-10"/>
                  <attvalue for="until" value="2025-03"/>
                  <attvalue for="document" value="doc-1"/>
                  <attvalue for="title" value="The Fictional Times report"/>
                  <attvalue for="outlet" value="Fictional Times"/>
                  <attvalue for="url" value="https://example.org/doc-1"/>
                  <attvalue for="published" value="2025-01-31"/>
                  <attvalue for="quote" value="Avalon backs the &quot;treaty&quot;, officials said."/>
                  <attvalue for="method" value="manual"/>
                  <attvalue for="confidence" value="1.0"/>
                  <attvalue for="evidence" value="1"/>
                </attvalues>
                <spells>
                  <spell start="2024-02-10" end="2025-03-31"/>
                </spells>
              </edge>
            </edges>
          </graph>
        </gexf>

        """#

    static let graphml = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="n_name" for="node" attr.name="name" attr.type="string"/>
          <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="n_aliases" for="node" attr.name="aliases" attr.type="string"/>
          <key id="n_member_of" for="node" attr.name="member_of" attr.type="string"/>
          <key id="e_score" for="edge" attr.name="score" attr.type="double"/>
          <key id="e_level" for="edge" attr.name="level" attr.type="string"/>
          <key id="e_topic" for="edge" attr.name="topic" attr.type="string"/>
          <key id="e_topic_label" for="edge" attr.name="topic_label" attr.type="string"/>
          <key id="e_from" for="edge" attr.name="from" attr.type="string"/>
          <key id="e_until" for="edge" attr.name="until" attr.type="string"/>
          <key id="e_document" for="edge" attr.name="document" attr.type="string"/>
          <key id="e_title" for="edge" attr.name="title" attr.type="string"/>
          <key id="e_outlet" for="edge" attr.name="outlet" attr.type="string"/>
          <key id="e_url" for="edge" attr.name="url" attr.type="string"/>
          <key id="e_published" for="edge" attr.name="published" attr.type="string"/>
          <key id="e_quote" for="edge" attr.name="quote" attr.type="string"/>
          <key id="e_speaker" for="edge" attr.name="speaker" attr.type="string"/>
          <key id="e_speaker_actor" for="edge" attr.name="speaker_actor" attr.type="string"/>
          <key id="e_time_phrase" for="edge" attr.name="time_phrase" attr.type="string"/>
          <key id="e_method" for="edge" attr.name="method" attr.type="string"/>
          <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
          <key id="e_evidence" for="edge" attr.name="evidence" attr.type="int"/>
          <graph id="stancegraph" edgedefault="directed">
            <node id="avalon">
              <data key="n_name">Avalon</data>
              <data key="n_kind">state</data>
              <data key="n_aliases">Avalonian</data>
            </node>
            <node id="borduria">
              <data key="n_name">Borduria &amp; Co</data>
              <data key="n_kind">state</data>
              <data key="n_member_of">avalon (2020 – open)</data>
            </node>
            <edge id="0" source="avalon" target="borduria">
              <data key="e_score">0.5</data>
              <data key="e_level">supports</data>
              <data key="e_topic">trade</data>
              <data key="e_topic_label">Trade treaty</data>
              <data key="e_from">2024-02-10</data>
              <data key="e_until">2025-03</data>
              <data key="e_document">doc-1</data>
              <data key="e_title">The Fictional Times report</data>
              <data key="e_outlet">Fictional Times</data>
              <data key="e_url">https://example.org/doc-1</data>
              <data key="e_published">2025-01-31</data>
              <data key="e_quote">Avalon backs the &quot;treaty&quot;, officials said.</data>
              <data key="e_method">manual</data>
              <data key="e_confidence">1.0</data>
              <data key="e_evidence">1</data>
            </edge>
          </graph>
        </graphml>

        """#

    static let nodeLink = #"""
        {
          "directed": true,
          "multigraph": true,
          "graph": {
            "name": "stancegraph",
            "events": []
          },
          "nodes": [
            {
              "id": "avalon",
              "name": "Avalon",
              "kind": "state",
              "aliases": "Avalonian",
              "member_of": []
            },
            {
              "id": "borduria",
              "name": "Borduria & Co",
              "kind": "state",
              "member_of": [
                {
                  "parent": "avalon",
                  "from": "2020"
                }
              ]
            }
          ],
          "edges": [
            {
              "source": "avalon",
              "target": "borduria",
              "key": 0,
              "score": 0.5,
              "level": "supports",
              "topic": "trade",
              "topic_label": "Trade treaty",
              "from": "2024-02-10",
              "until": "2025-03",
              "document": "doc-1",
              "title": "The Fictional Times report",
              "outlet": "Fictional Times",
              "url": "https://example.org/doc-1",
              "published": "2025-01-31",
              "quote": "Avalon backs the \"treaty\", officials said.",
              "method": "manual",
              "confidence": 1.0,
              "evidence": 1
            }
          ]
        }

        """#

    static let statements = #"""
        claim,holder,target,topic,stance,score,from,until,document,title,outlet,url,published,quote,speaker,speaker_actor,time_phrase,method,confidence
        0,avalon,borduria,trade,supports,0.5,2024-02-10,2025-03,doc-1,The Fictional Times report,Fictional Times,https://example.org/doc-1,2025-01-31,"Avalon backs the ""treaty"", officials said.",,,,manual,1.0

        """#

    static let actors = #"""
        id,name,kind,aliases,member_of
        avalon,Avalon,state,Avalonian,
        borduria,Borduria & Co,state,,avalon (2020 – open)

        """#
}
