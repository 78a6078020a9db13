<?php
// Runs dvdoug/BoxPacker (PHP) on orders in our JSON case format, for bench_cartonize.py's side-by-side table.
// Usage: php boxpacker_run.php BOXPACKER_SRC_DIR < orders.jsonl  (one {"id", "boxes", "items"} per line)
// Prints one line per order: {"id", "ms", "boxes": [{"box", "placements": [{"sku", "position", "dims"}]}]}
// psr/log is BoxPacker's only dependency: the few interfaces it uses are stubbed below (no composer needed).
declare(strict_types=1);

namespace Psr\Log {
    if (!interface_exists(LoggerInterface::class)) {
        interface LoggerInterface {
            public function debug(string|\Stringable $message, array $context = []): void;
            public function log($level, string|\Stringable $message, array $context = []): void;
        }
        interface LoggerAwareInterface { public function setLogger(LoggerInterface $logger): void; }
        class LogLevel { const DEBUG = 'debug'; const INFO = 'info'; const WARNING = 'warning'; }
        class NullLogger implements LoggerInterface {
            public function debug(string|\Stringable $message, array $context = []): void {}
            public function log($level, string|\Stringable $message, array $context = []): void {}
            public function __call($name, $args) {}
        }
    }
}

namespace BenchRunner {
    use DVDoug\BoxPacker\Box;
    use DVDoug\BoxPacker\Item;
    use DVDoug\BoxPacker\Packer;
    use DVDoug\BoxPacker\Rotation;

    $src = $argv[1] ?? '';
    spl_autoload_register(function (string $class) use ($src): void {
        $prefix = 'DVDoug\\BoxPacker\\';
        if (str_starts_with($class, $prefix)) {
            $file = $src . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
        }
    });

    final class B implements Box {
        public function __construct(private string $ref, private array $inner, private array $outer,
                                    private int $empty, private int $max) {}
        public function getReference(): string { return $this->ref; }
        public function getOuterWidth(): int { return $this->outer[0]; }
        public function getOuterLength(): int { return $this->outer[1]; }
        public function getOuterDepth(): int { return $this->outer[2]; }
        public function getEmptyWeight(): int { return $this->empty; }
        public function getInnerWidth(): int { return $this->inner[0]; }
        public function getInnerLength(): int { return $this->inner[1]; }
        public function getInnerDepth(): int { return $this->inner[2]; }
        public function getMaxWeight(): int { return $this->max; }
    }

    final class I implements Item {
        public function __construct(private string $sku, private array $d, private int $w, private Rotation $r) {}
        public function getDescription(): string { return $this->sku; }
        public function getWidth(): int { return $this->d[0]; }
        public function getLength(): int { return $this->d[1]; }
        public function getDepth(): int { return $this->d[2]; }
        public function getWeight(): int { return $this->w; }
        public function getAllowedRotation(): Rotation { return $this->r; }
    }

    while (($line = fgets(STDIN)) !== false) {
        $line = trim($line);
        if ($line === '') {
            continue;
        }
        $order = json_decode($line, true);
        $start = hrtime(true);
        $packer = new Packer();
        $packer->throwOnUnpackableItem(false);
        foreach ($order['boxes'] as $b) {
            $packer->addBox(new B($b['id'], $b['inner'], $b['outer'], (int) $b['empty_weight'], (int) $b['max_weight']));
        }
        foreach ($order['items'] as $it) {
            $rot = ($it['rotation'] ?? 'any') === 'keep_flat' ? Rotation::KeepFlat : Rotation::BestFit;
            $packer->addItem(new I($it['sku'], $it['dims'], (int) $it['weight'], $rot), (int) $it['qty']);
        }
        $packed = $packer->pack();
        $ms = (hrtime(true) - $start) / 1e6;
        $boxes = [];
        foreach ($packed as $pb) {
            $pl = [];
            foreach ($pb->items as $pi) {
                $pl[] = ['sku' => $pi->item->getDescription(), 'position' => [$pi->x, $pi->y, $pi->z],
                         'dims' => [$pi->width, $pi->length, $pi->depth]];
            }
            $boxes[] = ['box' => $pb->box->getReference(), 'placements' => $pl];
        }
        echo json_encode(['id' => $order['id'], 'ms' => $ms, 'boxes' => $boxes]), "\n";
        fflush(STDOUT);
    }
}
