namespace StaticKpi.Import;

/// <summary>
/// Counts the bytes actually unzipped from an xlsx, over all its parts, and stops the read once they pass
/// <see cref="ImportLimits.MaximumUncompressedBytes"/>. The sizes in the zip's directory are checked before anything
/// is read (<see cref="XlsxPackageCheck"/>), but they are written by whoever made the file, so the bytes are counted
/// too as they come out of the decompressor.
/// </summary>
internal sealed class UnzippedBudget
{
    private long _spent;

    public Stream Wrap(Stream unzipped) => new CountingStream(unzipped, this);

    private void Spend(int bytes)
    {
        _spent += bytes;
        if (_spent > ImportLimits.MaximumUncompressedBytes)
        {
            throw new UnreadableTableException(1, XlsxPackageCheck.TooLargeMessage);
        }
    }

    /// <summary>A read-only stream that reports every byte read to its budget.</summary>
    private sealed class CountingStream(Stream inner, UnzippedBudget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
