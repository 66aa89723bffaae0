/// Receives a channel's events, always on the channel's serial queue.
public protocol ChannelHandler: AnyObject {
    /// Bytes arrived. The buffer is only valid during the call.
    func channel(_ channel: Channel, didRead bytes: UnsafeRawBufferPointer)
    /// The peer finished sending (EOF). Writing may still be possible.
    func channelDidReachEndOfInput(_ channel: Channel)
    /// Some queued bytes went out; `pending` is what is still queued.
    func channel(_ channel: Channel, didWrite count: Int, pending: Int)
    /// The channel is closed; no further events follow.
    func channelDidClose(_ channel: Channel, error: SocketError?)
}
