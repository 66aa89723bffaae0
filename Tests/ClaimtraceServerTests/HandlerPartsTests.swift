import ClaimtraceCore
@testable import ClaimtraceServer
import Dispatch
import Testing

@Suite struct HandlerPartsTests {
    @Test func mediaTypes() throws {
        let type = try #require(MediaType("Text/Plain ; Charset=\"UTF-8\""))
        #expect(type.essence == "text/plain")
        #expect(type.parameters["charset"] == "UTF-8")
        #expect(type.isUTF8)
        #expect(MediaType("text/plain; charset=iso-8859-1")?.isUTF8 == false)
        #expect(MediaType("application/json")?.isUTF8 == true)
        #expect(MediaType("nonsense") == nil)
        #expect(MediaType("text/plain; broken") == nil)
    }

    @Test func queryParameters() throws {
        let query = try QueryParameters("offsets=utf16&id=a+b%2Fc&published=", allowed: ["offsets", "id", "published"])
        #expect(query["offsets"] == "utf16")
        #expect(query["id"] == "a b/c")
        #expect(query["published"] == "")
        #expect(throws: QueryError.self) { try QueryParameters("offset=utf16", allowed: ["offsets"]) }
        #expect(throws: QueryError.self) { try QueryParameters("id=1&id=2", allowed: ["id"]) }
        #expect(throws: QueryError.self) { try QueryParameters("id=%zz", allowed: ["id"]) }
        #expect(throws: QueryError.self) { try QueryParameters("id=%ff", allowed: ["id"]) }
    }

    @Test func entityTags() {
        func tag(_ unit: String, _ id: String?) -> String {
            EntityTag.make(documentDigest: "sha256:x", unit: unit, published: nil, clientID: id, title: nil,
                           backendVersion: "v", digest: FakeDigest.hex)
        }
        #expect(tag("utf8", nil) == tag("utf8", nil))
        #expect(tag("utf8", nil) != tag("utf16", nil))
        #expect(tag("utf8", nil) != tag("utf8", ""))
        let value = tag("utf8", nil)
        #expect(EntityTag.matches(ifNoneMatch: value, tag: value))
        #expect(EntityTag.matches(ifNoneMatch: "\"other\", W/\(value)", tag: value))
        #expect(EntityTag.matches(ifNoneMatch: "*", tag: value))
        #expect(!EntityTag.matches(ifNoneMatch: "\"other\"", tag: value))
    }

    @Test func apiKeys() {
        let keys = APIKeys(["alpha", "beta"])
        #expect(keys.accepts(HTTPHeaders([("Authorization", "Bearer beta")])))
        #expect(keys.accepts(HTTPHeaders([("authorization", "bearer alpha")])))
        #expect(keys.accepts(HTTPHeaders([("X-API-Key", "alpha")])))
        #expect(!keys.accepts(HTTPHeaders([("X-API-Key", "alph")])))
        #expect(!keys.accepts(HTTPHeaders([("Authorization", "Basic alpha")])))
        #expect(!keys.accepts(HTTPHeaders()))
        #expect(APIKeys([]).accepts(HTTPHeaders()))
        #expect(APIKeys.constantTimeEqual(Array("abc".utf8), Array("abc".utf8)))
        #expect(!APIKeys.constantTimeEqual(Array("abc".utf8), Array("abcd".utf8)))
    }

    @Test func poolIsBounded() {
        let pool = ExtractionPool(workers: 1, queueDepth: 1)
        defer { pool.stop() }
        let gate = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        #expect(pool.submit { gate.wait(); done.signal() })
        #expect(pool.submit { done.signal() })
        #expect(!pool.submit {})
        gate.signal()
        done.wait()
        done.wait()
        #expect(pool.submit {})
    }

    @Test func streamWindowBlocksAndCancels() {
        let window = StreamWindow(size: 1)
        #expect(window.acquire())
        window.release()
        #expect(window.acquire())
        window.cancel()
        #expect(!window.acquire())
        #expect(!window.acquire())
    }

    @Test func metricsRenderSortedFamilies() {
        let metrics = ServerMetrics()
        metrics.requestStarted()
        metrics.requestFinished(route: "/v1/extract", method: "POST", status: 200, seconds: 0.004)
        metrics.requestStarted()
        metrics.requestFinished(route: "/healthz", method: "GET", status: 200, seconds: 0.0001)
        let text = metrics.render(pool: nil)
        let healthz = text.range(of: #"{route="/healthz",method="GET",status="200"} 1"#)
        let extract = text.range(of: #"{route="/v1/extract",method="POST",status="200"} 1"#)
        #expect(healthz != nil && extract != nil && healthz!.lowerBound < extract!.lowerBound)
        #expect(text.contains(#"claimtrace_http_request_duration_seconds_bucket{route="/v1/extract",le="0.005"} 1"#))
        #expect(text.contains(#"claimtrace_http_request_duration_seconds_bucket{route="/v1/extract",le="0.0025"} 0"#))
        #expect(text.contains("claimtrace_http_requests_in_flight 0"))
    }

    @Test func serverTimingFormat() {
        let start = DispatchTime(uptimeNanoseconds: 1_000_000_000)
        #expect(ServerTiming.milliseconds(from: start, to: DispatchTime(uptimeNanoseconds: 1_012_345_678)) == "12.345")
        #expect(ServerTiming.milliseconds(from: start, to: DispatchTime(uptimeNanoseconds: 1_000_005_000)) == "0.005")
    }
}
