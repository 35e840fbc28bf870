using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using MineAction.Application.Abstractions;
using MineAction.Application.DataImport;
using MineAction.Domain.DataImport;

namespace MineAction.Api.Tests.DataImport;

/// <summary>An upload kept in encrypted pieces: read back byte for byte from any position, hashed as it arrives, refused past the limit.</summary>
public sealed class ImportFileSpoolTests(MineActionApp app) : IClassFixture<MineActionApp>
{
    private IPersonalDataProtector Protector => app.Services.GetRequiredService<IPersonalDataProtector>();

    /// <summary>A body arriving in uneven reads, as a network stream does.</summary>
    private sealed class Trickle(byte[] content) : MemoryStream(content)
    {
        private int _reads;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1 + (++_reads * 7919 % 65_536))], cancellationToken);
    }

    [Fact]
    public async Task A_file_of_several_pieces_reads_back_whole_and_from_any_position()
    {
        var content = new byte[(3 * ImportFileChunk.MaxBytes) + 12_345];
        new Random(16).NextBytes(content);
        await using var spool = await ImportFileSpool.WriteAsync(new Trickle(content), Protector, content.Length, CancellationToken.None);
        Assert.Equal((content.Length, Convert.ToHexStringLower(SHA256.HashData(content))), (spool.Length, spool.Sha256));

        using var whole = new MemoryStream();
        await using (var reader = spool.OpenRead())
        {
            await reader.CopyToAsync(whole);
        }

        Assert.Equal(content, whole.ToArray());
        await using var seeking = spool.OpenRead();
        foreach (var at in new long[] { content.Length - 10, ImportFileChunk.MaxBytes - 3, 0, (2L * ImportFileChunk.MaxBytes) + 1, content.Length })
        {
            seeking.Position = at;
            var read = new byte[20];
            var count = seeking.ReadAtLeast(read, read.Length, throwOnEndOfStream: false);
            Assert.Equal(content.AsSpan((int)at, (int)Math.Min(20, content.Length - at)).ToArray(), read[..count]);
        }

        Assert.Throws<IOException>(() => seeking.Seek(-1, SeekOrigin.Begin));
        var stored = spool.Chunks(Guid.NewGuid()).ToList();

        Assert.Equal([ImportFileChunk.MaxBytes, ImportFileChunk.MaxBytes, ImportFileChunk.MaxBytes, 12_345], stored.Select(c => c.Length));
        await using var again = await ImportFileSpool.ReadAsync(stored.ToAsyncEnumerable(), Protector, CancellationToken.None);
        using var copy = new MemoryStream();
        await again.OpenRead().CopyToAsync(copy);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task A_file_past_the_limit_is_refused_once_the_limit_is_passed()
    {
        var content = new byte[(2 * ImportFileChunk.MaxBytes) + 1];
        await Assert.ThrowsAsync<FileTooLargeException>(() => ImportFileSpool.WriteAsync(new MemoryStream(content), Protector, content.Length - 1, CancellationToken.None));
        await using var exact = await ImportFileSpool.WriteAsync(new MemoryStream(content), Protector, content.Length, CancellationToken.None);
        Assert.Equal(content.Length, exact.Length);
    }
}
