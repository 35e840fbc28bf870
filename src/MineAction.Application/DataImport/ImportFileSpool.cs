using System.Security.Cryptography;
using MineAction.Domain.DataImport;

namespace MineAction.Application.DataImport;

/// <summary>
/// An import file on local disk as the database keeps it: in pieces of at most <see cref="ImportFileChunk.MaxBytes"/>, each encrypted on
/// its own, so the file is never at rest in clear and reading it holds one piece in memory, not the file. Readers get seekable streams
/// (XLSX and zipped shapefiles seek), any number at once; the temporary file is deleted when the spool is disposed.
/// </summary>
public sealed class ImportFileSpool : IAsyncDisposable
{
    private readonly FileStream _file;
    private readonly IPersonalDataProtector _protector;
    private readonly List<Piece> _pieces = [];
    private long _stored;

    /// <summary>A piece: where it starts in the file and its length there; where its stored (encrypted) bytes are on disk and their length.</summary>
    private readonly record struct Piece(long Start, int Length, long At, int StoredLength, bool Encrypted);

    private ImportFileSpool(IPersonalDataProtector protector)
    {
        _protector = protector;
        var path = Path.Combine(Path.GetTempPath(), $"mineaction-import-{Guid.NewGuid():N}.spool");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
    }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; private set; }

    /// <summary>The SHA-256 of the file (lower-case hex), for a spool written from an upload; empty for one read back from the database.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    /// <summary>
    /// Reads <paramref name="source"/> to its end, a piece at a time, hashing and encrypting each; more than <paramref name="maxBytes"/>
    /// stops the reading (nothing more is read) with <see cref="FileTooLargeException"/>.
    /// </summary>
    public static async Task<ImportFileSpool> WriteAsync(Stream source, IPersonalDataProtector protector, long maxBytes, CancellationToken ct)
    {
        var spool = new ImportFileSpool(protector);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[ImportFileChunk.MaxBytes];
            int filled;
            do
            {
                filled = await source.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
                if (spool.Length + filled > maxBytes)
                {
                    throw new FileTooLargeException(maxBytes);
                }

                if (filled > 0)
                {
                    sha.AppendData(buffer, 0, filled);
                    await spool.AppendAsync(protector.Protect(buffer[..filled]), filled, encrypted: true, ct);
                }
            }
            while (filled == buffer.Length);

            spool.Sha256 = Convert.ToHexStringLower(sha.GetHashAndReset());
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stored file, its pieces read one by one (in order) from the database.</summary>
    public static async Task<ImportFileSpool> ReadAsync(IAsyncEnumerable<ImportFileChunk> chunks, IPersonalDataProtector protector, CancellationToken ct)
    {
        var spool = new ImportFileSpool(protector);
        try
        {
            await foreach (var chunk in chunks.WithCancellation(ct))
            {
                await spool.AppendAsync(chunk.Content, chunk.Length, chunk.Encrypted, ct);
            }

            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>The pieces to store for import <paramref name="importId"/>, read one at a time from disk, still encrypted.</summary>
    public IEnumerable<ImportFileChunk> Chunks(Guid importId) =>
        _pieces.Select((piece, i) => new ImportFileChunk(importId, i, piece.Length, Stored(piece)));

    /// <summary>A new reader of the whole file, from its start; it decrypts one piece at a time as it reaches it.</summary>
    public Stream OpenRead() => new Reader(this);

    public ValueTask DisposeAsync() => _file.DisposeAsync();

    private async Task AppendAsync(byte[] stored, int length, bool encrypted, CancellationToken ct)
    {
        _pieces.Add(new Piece(Length, length, _stored, stored.Length, encrypted));
        await RandomAccess.WriteAsync(_file.SafeFileHandle, stored, _stored, ct);
        _stored += stored.Length;
        Length += length;
    }

    /// <summary>A piece's stored (encrypted) bytes, read from the local disk.</summary>
    private byte[] Stored(Piece piece)
    {
        var stored = new byte[piece.StoredLength];
        RandomAccess.Read(_file.SafeFileHandle, stored, piece.At);
        return stored;
    }

    /// <summary>The piece holding byte <paramref name="position"/> of the file.</summary>
    private int PieceAt(long position)
    {
        var (low, high) = (0, _pieces.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = _pieces[middle].Start <= position ? (middle, high) : (low, middle - 1);
        }

        return low;
    }

    private byte[] Plain(int index)
    {
        var piece = _pieces[index];
        return piece.Encrypted ? _protector.Unprotect(Stored(piece)) : Stored(piece);
    }

    /// <summary>A read-only, seekable view of the file holding the one piece it is in, decrypted.</summary>
    private sealed class Reader(ImportFileSpool spool) : Stream
    {
        private long _position;
        private int _current = -1;
        private byte[] _plain = [];

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => spool.Length;

        public override long Position
        {
            get => _position;
            set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        public override int Read(Span<byte> buffer)
        {
            if (_position >= spool.Length || buffer.IsEmpty)
            {
                return 0;
            }

            var index = spool.PieceAt(_position);
            if (index != _current)
            {
                (_plain, _current) = (spool.Plain(index), index);
            }

            var offset = (int)(_position - spool._pieces[index].Start);
            var count = Math.Min(buffer.Length, spool._pieces[index].Length - offset);
            _plain.AsSpan(offset, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override long Seek(long offset, SeekOrigin origin)
        {
            var position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => spool.Length + offset,
            };
            return Position = position >= 0 ? position : throw new IOException("An attempt was made to move before the start of the file.");
        }

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException("An import file is read-only.");

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("An import file is read-only.");
    }
}
