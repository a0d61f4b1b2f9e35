# A long straight-line module body and a big display of calls: compiled
# in linear time and memory (temporaries of finished statements are reused).
import math

acc = 0.0
log = []
acc += math.sqrt(0.5) * 0
log.append(str(0 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(1.5) * 1
log.append(str(1 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(2.5) * 2
log.append(str(2 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(3.5) * 3
log.append(str(3 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(4.5) * 4
log.append(str(4 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(5.5) * 5
log.append(str(5 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(6.5) * 6
log.append(str(6 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(7.5) * 0
log.append(str(7 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(8.5) * 1
log.append(str(8 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(9.5) * 2
log.append(str(9 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(10.5) * 3
log.append(str(10 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(11.5) * 4
log.append(str(11 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(12.5) * 5
log.append(str(12 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(13.5) * 6
log.append(str(13 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(14.5) * 0
log.append(str(14 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(15.5) * 1
log.append(str(15 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(16.5) * 2
log.append(str(16 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(17.5) * 3
log.append(str(17 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(18.5) * 4
log.append(str(18 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(19.5) * 5
log.append(str(19 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(20.5) * 6
log.append(str(20 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(21.5) * 0
log.append(str(21 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(22.5) * 1
log.append(str(22 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(23.5) * 2
log.append(str(23 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(24.5) * 3
log.append(str(24 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(25.5) * 4
log.append(str(25 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(26.5) * 5
log.append(str(26 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(27.5) * 6
log.append(str(27 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(28.5) * 0
log.append(str(28 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(29.5) * 1
log.append(str(29 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(30.5) * 2
log.append(str(30 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(31.5) * 3
log.append(str(31 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(32.5) * 4
log.append(str(32 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(33.5) * 5
log.append(str(33 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(34.5) * 6
log.append(str(34 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(35.5) * 0
log.append(str(35 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(36.5) * 1
log.append(str(36 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(37.5) * 2
log.append(str(37 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(38.5) * 3
log.append(str(38 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(39.5) * 4
log.append(str(39 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(40.5) * 5
log.append(str(40 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(41.5) * 6
log.append(str(41 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(42.5) * 0
log.append(str(42 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(43.5) * 1
log.append(str(43 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(44.5) * 2
log.append(str(44 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(45.5) * 3
log.append(str(45 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(46.5) * 4
log.append(str(46 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(47.5) * 5
log.append(str(47 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(48.5) * 6
log.append(str(48 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(49.5) * 0
log.append(str(49 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(50.5) * 1
log.append(str(50 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(51.5) * 2
log.append(str(51 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(52.5) * 3
log.append(str(52 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(53.5) * 4
log.append(str(53 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(54.5) * 5
log.append(str(54 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(55.5) * 6
log.append(str(55 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(56.5) * 0
log.append(str(56 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(57.5) * 1
log.append(str(57 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(58.5) * 2
log.append(str(58 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(59.5) * 3
log.append(str(59 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(60.5) * 4
log.append(str(60 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(61.5) * 5
log.append(str(61 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(62.5) * 6
log.append(str(62 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(63.5) * 0
log.append(str(63 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(64.5) * 1
log.append(str(64 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(65.5) * 2
log.append(str(65 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(66.5) * 3
log.append(str(66 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(67.5) * 4
log.append(str(67 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(68.5) * 5
log.append(str(68 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(69.5) * 6
log.append(str(69 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(70.5) * 0
log.append(str(70 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(71.5) * 1
log.append(str(71 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(72.5) * 2
log.append(str(72 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(73.5) * 3
log.append(str(73 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(74.5) * 4
log.append(str(74 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(75.5) * 5
log.append(str(75 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(76.5) * 6
log.append(str(76 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(77.5) * 0
log.append(str(77 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(78.5) * 1
log.append(str(78 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(79.5) * 2
log.append(str(79 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(80.5) * 3
log.append(str(80 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(81.5) * 4
log.append(str(81 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(82.5) * 5
log.append(str(82 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(83.5) * 6
log.append(str(83 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(84.5) * 0
log.append(str(84 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(85.5) * 1
log.append(str(85 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(86.5) * 2
log.append(str(86 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(87.5) * 3
log.append(str(87 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(88.5) * 4
log.append(str(88 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(89.5) * 5
log.append(str(89 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(90.5) * 6
log.append(str(90 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(91.5) * 0
log.append(str(91 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(92.5) * 1
log.append(str(92 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(93.5) * 2
log.append(str(93 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(94.5) * 3
log.append(str(94 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(95.5) * 4
log.append(str(95 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(96.5) * 5
log.append(str(96 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(97.5) * 6
log.append(str(97 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(98.5) * 0
log.append(str(98 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(99.5) * 1
log.append(str(99 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(100.5) * 2
log.append(str(100 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(101.5) * 3
log.append(str(101 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(102.5) * 4
log.append(str(102 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(103.5) * 5
log.append(str(103 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(104.5) * 6
log.append(str(104 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(105.5) * 0
log.append(str(105 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(106.5) * 1
log.append(str(106 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(107.5) * 2
log.append(str(107 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(108.5) * 3
log.append(str(108 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(109.5) * 4
log.append(str(109 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(110.5) * 5
log.append(str(110 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(111.5) * 6
log.append(str(111 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(112.5) * 0
log.append(str(112 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(113.5) * 1
log.append(str(113 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(114.5) * 2
log.append(str(114 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(115.5) * 3
log.append(str(115 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(116.5) * 4
log.append(str(116 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(117.5) * 5
log.append(str(117 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(118.5) * 6
log.append(str(118 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(119.5) * 0
log.append(str(119 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(120.5) * 1
log.append(str(120 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(121.5) * 2
log.append(str(121 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(122.5) * 3
log.append(str(122 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(123.5) * 4
log.append(str(123 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(124.5) * 5
log.append(str(124 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(125.5) * 6
log.append(str(125 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(126.5) * 0
log.append(str(126 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(127.5) * 1
log.append(str(127 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(128.5) * 2
log.append(str(128 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(129.5) * 3
log.append(str(129 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(130.5) * 4
log.append(str(130 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(131.5) * 5
log.append(str(131 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(132.5) * 6
log.append(str(132 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(133.5) * 0
log.append(str(133 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(134.5) * 1
log.append(str(134 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(135.5) * 2
log.append(str(135 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(136.5) * 3
log.append(str(136 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(137.5) * 4
log.append(str(137 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(138.5) * 5
log.append(str(138 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(139.5) * 6
log.append(str(139 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(140.5) * 0
log.append(str(140 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(141.5) * 1
log.append(str(141 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(142.5) * 2
log.append(str(142 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(143.5) * 3
log.append(str(143 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(144.5) * 4
log.append(str(144 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(145.5) * 5
log.append(str(145 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(146.5) * 6
log.append(str(146 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(147.5) * 0
log.append(str(147 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(148.5) * 1
log.append(str(148 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(149.5) * 2
log.append(str(149 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(150.5) * 3
log.append(str(150 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(151.5) * 4
log.append(str(151 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(152.5) * 5
log.append(str(152 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(153.5) * 6
log.append(str(153 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(154.5) * 0
log.append(str(154 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(155.5) * 1
log.append(str(155 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(156.5) * 2
log.append(str(156 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(157.5) * 3
log.append(str(157 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(158.5) * 4
log.append(str(158 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(159.5) * 5
log.append(str(159 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(160.5) * 6
log.append(str(160 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(161.5) * 0
log.append(str(161 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(162.5) * 1
log.append(str(162 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(163.5) * 2
log.append(str(163 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(164.5) * 3
log.append(str(164 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(165.5) * 4
log.append(str(165 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(166.5) * 5
log.append(str(166 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(167.5) * 6
log.append(str(167 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(168.5) * 0
log.append(str(168 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(169.5) * 1
log.append(str(169 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(170.5) * 2
log.append(str(170 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(171.5) * 3
log.append(str(171 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(172.5) * 4
log.append(str(172 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(173.5) * 5
log.append(str(173 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(174.5) * 6
log.append(str(174 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(175.5) * 0
log.append(str(175 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(176.5) * 1
log.append(str(176 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(177.5) * 2
log.append(str(177 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(178.5) * 3
log.append(str(178 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(179.5) * 4
log.append(str(179 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(180.5) * 5
log.append(str(180 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(181.5) * 6
log.append(str(181 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(182.5) * 0
log.append(str(182 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(183.5) * 1
log.append(str(183 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(184.5) * 2
log.append(str(184 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(185.5) * 3
log.append(str(185 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(186.5) * 4
log.append(str(186 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(187.5) * 5
log.append(str(187 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(188.5) * 6
log.append(str(188 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(189.5) * 0
log.append(str(189 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(190.5) * 1
log.append(str(190 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(191.5) * 2
log.append(str(191 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(192.5) * 3
log.append(str(192 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(193.5) * 4
log.append(str(193 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(194.5) * 5
log.append(str(194 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(195.5) * 6
log.append(str(195 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(196.5) * 0
log.append(str(196 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(197.5) * 1
log.append(str(197 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(198.5) * 2
log.append(str(198 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(199.5) * 3
log.append(str(199 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(200.5) * 4
log.append(str(200 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(201.5) * 5
log.append(str(201 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(202.5) * 6
log.append(str(202 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(203.5) * 0
log.append(str(203 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(204.5) * 1
log.append(str(204 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(205.5) * 2
log.append(str(205 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(206.5) * 3
log.append(str(206 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(207.5) * 4
log.append(str(207 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(208.5) * 5
log.append(str(208 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(209.5) * 6
log.append(str(209 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(210.5) * 0
log.append(str(210 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(211.5) * 1
log.append(str(211 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(212.5) * 2
log.append(str(212 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(213.5) * 3
log.append(str(213 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(214.5) * 4
log.append(str(214 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(215.5) * 5
log.append(str(215 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(216.5) * 6
log.append(str(216 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(217.5) * 0
log.append(str(217 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(218.5) * 1
log.append(str(218 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(219.5) * 2
log.append(str(219 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(220.5) * 3
log.append(str(220 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(221.5) * 4
log.append(str(221 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(222.5) * 5
log.append(str(222 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(223.5) * 6
log.append(str(223 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(224.5) * 0
log.append(str(224 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(225.5) * 1
log.append(str(225 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(226.5) * 2
log.append(str(226 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(227.5) * 3
log.append(str(227 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(228.5) * 4
log.append(str(228 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(229.5) * 5
log.append(str(229 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(230.5) * 6
log.append(str(230 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(231.5) * 0
log.append(str(231 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(232.5) * 1
log.append(str(232 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(233.5) * 2
log.append(str(233 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(234.5) * 3
log.append(str(234 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(235.5) * 4
log.append(str(235 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(236.5) * 5
log.append(str(236 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(237.5) * 6
log.append(str(237 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(238.5) * 0
log.append(str(238 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(239.5) * 1
log.append(str(239 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(240.5) * 2
log.append(str(240 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(241.5) * 3
log.append(str(241 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(242.5) * 4
log.append(str(242 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(243.5) * 5
log.append(str(243 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(244.5) * 6
log.append(str(244 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(245.5) * 0
log.append(str(245 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(246.5) * 1
log.append(str(246 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(247.5) * 2
log.append(str(247 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(248.5) * 3
log.append(str(248 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(249.5) * 4
log.append(str(249 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(250.5) * 5
log.append(str(250 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(251.5) * 6
log.append(str(251 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(252.5) * 0
log.append(str(252 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(253.5) * 1
log.append(str(253 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(254.5) * 2
log.append(str(254 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(255.5) * 3
log.append(str(255 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(256.5) * 4
log.append(str(256 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(257.5) * 5
log.append(str(257 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(258.5) * 6
log.append(str(258 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(259.5) * 0
log.append(str(259 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(260.5) * 1
log.append(str(260 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(261.5) * 2
log.append(str(261 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(262.5) * 3
log.append(str(262 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(263.5) * 4
log.append(str(263 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(264.5) * 5
log.append(str(264 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(265.5) * 6
log.append(str(265 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(266.5) * 0
log.append(str(266 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(267.5) * 1
log.append(str(267 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(268.5) * 2
log.append(str(268 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(269.5) * 3
log.append(str(269 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(270.5) * 4
log.append(str(270 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(271.5) * 5
log.append(str(271 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(272.5) * 6
log.append(str(272 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(273.5) * 0
log.append(str(273 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(274.5) * 1
log.append(str(274 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(275.5) * 2
log.append(str(275 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(276.5) * 3
log.append(str(276 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(277.5) * 4
log.append(str(277 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(278.5) * 5
log.append(str(278 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(279.5) * 6
log.append(str(279 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(280.5) * 0
log.append(str(280 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(281.5) * 1
log.append(str(281 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(282.5) * 2
log.append(str(282 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(283.5) * 3
log.append(str(283 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(284.5) * 4
log.append(str(284 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(285.5) * 5
log.append(str(285 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(286.5) * 6
log.append(str(286 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(287.5) * 0
log.append(str(287 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(288.5) * 1
log.append(str(288 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(289.5) * 2
log.append(str(289 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(290.5) * 3
log.append(str(290 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(291.5) * 4
log.append(str(291 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(292.5) * 5
log.append(str(292 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(293.5) * 6
log.append(str(293 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(294.5) * 0
log.append(str(294 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(295.5) * 1
log.append(str(295 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(296.5) * 2
log.append(str(296 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(297.5) * 3
log.append(str(297 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(298.5) * 4
log.append(str(298 * 3) + '|' + f'{acc:.3f}')
acc += math.sqrt(299.5) * 5
log.append(str(299 * 3) + '|' + f'{acc:.3f}')
xs = [math.sqrt(0.25) + len(log[0 % 300]), math.sqrt(1.25) + len(log[1 % 300]), math.sqrt(2.25) + len(log[2 % 300]), math.sqrt(3.25) + len(log[3 % 300]), math.sqrt(4.25) + len(log[4 % 300]), math.sqrt(5.25) + len(log[5 % 300]), math.sqrt(6.25) + len(log[6 % 300]), math.sqrt(7.25) + len(log[7 % 300]), math.sqrt(8.25) + len(log[8 % 300]), math.sqrt(9.25) + len(log[9 % 300]), math.sqrt(10.25) + len(log[10 % 300]), math.sqrt(11.25) + len(log[11 % 300]), math.sqrt(12.25) + len(log[12 % 300]), math.sqrt(13.25) + len(log[13 % 300]), math.sqrt(14.25) + len(log[14 % 300]), math.sqrt(15.25) + len(log[15 % 300]), math.sqrt(16.25) + len(log[16 % 300]), math.sqrt(17.25) + len(log[17 % 300]), math.sqrt(18.25) + len(log[18 % 300]), math.sqrt(19.25) + len(log[19 % 300]), math.sqrt(20.25) + len(log[20 % 300]), math.sqrt(21.25) + len(log[21 % 300]), math.sqrt(22.25) + len(log[22 % 300]), math.sqrt(23.25) + len(log[23 % 300]), math.sqrt(24.25) + len(log[24 % 300]), math.sqrt(25.25) + len(log[25 % 300]), math.sqrt(26.25) + len(log[26 % 300]), math.sqrt(27.25) + len(log[27 % 300]), math.sqrt(28.25) + len(log[28 % 300]), math.sqrt(29.25) + len(log[29 % 300]), math.sqrt(30.25) + len(log[30 % 300]), math.sqrt(31.25) + len(log[31 % 300]), math.sqrt(32.25) + len(log[32 % 300]), math.sqrt(33.25) + len(log[33 % 300]), math.sqrt(34.25) + len(log[34 % 300]), math.sqrt(35.25) + len(log[35 % 300]), math.sqrt(36.25) + len(log[36 % 300]), math.sqrt(37.25) + len(log[37 % 300]), math.sqrt(38.25) + len(log[38 % 300]), math.sqrt(39.25) + len(log[39 % 300]), math.sqrt(40.25) + len(log[40 % 300]), math.sqrt(41.25) + len(log[41 % 300]), math.sqrt(42.25) + len(log[42 % 300]), math.sqrt(43.25) + len(log[43 % 300]), math.sqrt(44.25) + len(log[44 % 300]), math.sqrt(45.25) + len(log[45 % 300]), math.sqrt(46.25) + len(log[46 % 300]), math.sqrt(47.25) + len(log[47 % 300]), math.sqrt(48.25) + len(log[48 % 300]), math.sqrt(49.25) + len(log[49 % 300]), math.sqrt(50.25) + len(log[50 % 300]), math.sqrt(51.25) + len(log[51 % 300]), math.sqrt(52.25) + len(log[52 % 300]), math.sqrt(53.25) + len(log[53 % 300]), math.sqrt(54.25) + len(log[54 % 300]), math.sqrt(55.25) + len(log[55 % 300]), math.sqrt(56.25) + len(log[56 % 300]), math.sqrt(57.25) + len(log[57 % 300]), math.sqrt(58.25) + len(log[58 % 300]), math.sqrt(59.25) + len(log[59 % 300]), math.sqrt(60.25) + len(log[60 % 300]), math.sqrt(61.25) + len(log[61 % 300]), math.sqrt(62.25) + len(log[62 % 300]), math.sqrt(63.25) + len(log[63 % 300]), math.sqrt(64.25) + len(log[64 % 300]), math.sqrt(65.25) + len(log[65 % 300]), math.sqrt(66.25) + len(log[66 % 300]), math.sqrt(67.25) + len(log[67 % 300]), math.sqrt(68.25) + len(log[68 % 300]), math.sqrt(69.25) + len(log[69 % 300]), math.sqrt(70.25) + len(log[70 % 300]), math.sqrt(71.25) + len(log[71 % 300]), math.sqrt(72.25) + len(log[72 % 300]), math.sqrt(73.25) + len(log[73 % 300]), math.sqrt(74.25) + len(log[74 % 300]), math.sqrt(75.25) + len(log[75 % 300]), math.sqrt(76.25) + len(log[76 % 300]), math.sqrt(77.25) + len(log[77 % 300]), math.sqrt(78.25) + len(log[78 % 300]), math.sqrt(79.25) + len(log[79 % 300]), math.sqrt(80.25) + len(log[80 % 300]), math.sqrt(81.25) + len(log[81 % 300]), math.sqrt(82.25) + len(log[82 % 300]), math.sqrt(83.25) + len(log[83 % 300]), math.sqrt(84.25) + len(log[84 % 300]), math.sqrt(85.25) + len(log[85 % 300]), math.sqrt(86.25) + len(log[86 % 300]), math.sqrt(87.25) + len(log[87 % 300]), math.sqrt(88.25) + len(log[88 % 300]), math.sqrt(89.25) + len(log[89 % 300]), math.sqrt(90.25) + len(log[90 % 300]), math.sqrt(91.25) + len(log[91 % 300]), math.sqrt(92.25) + len(log[92 % 300]), math.sqrt(93.25) + len(log[93 % 300]), math.sqrt(94.25) + len(log[94 % 300]), math.sqrt(95.25) + len(log[95 % 300]), math.sqrt(96.25) + len(log[96 % 300]), math.sqrt(97.25) + len(log[97 % 300]), math.sqrt(98.25) + len(log[98 % 300]), math.sqrt(99.25) + len(log[99 % 300]), math.sqrt(100.25) + len(log[100 % 300]), math.sqrt(101.25) + len(log[101 % 300]), math.sqrt(102.25) + len(log[102 % 300]), math.sqrt(103.25) + len(log[103 % 300]), math.sqrt(104.25) + len(log[104 % 300]), math.sqrt(105.25) + len(log[105 % 300]), math.sqrt(106.25) + len(log[106 % 300]), math.sqrt(107.25) + len(log[107 % 300]), math.sqrt(108.25) + len(log[108 % 300]), math.sqrt(109.25) + len(log[109 % 300]), math.sqrt(110.25) + len(log[110 % 300]), math.sqrt(111.25) + len(log[111 % 300]), math.sqrt(112.25) + len(log[112 % 300]), math.sqrt(113.25) + len(log[113 % 300]), math.sqrt(114.25) + len(log[114 % 300]), math.sqrt(115.25) + len(log[115 % 300]), math.sqrt(116.25) + len(log[116 % 300]), math.sqrt(117.25) + len(log[117 % 300]), math.sqrt(118.25) + len(log[118 % 300]), math.sqrt(119.25) + len(log[119 % 300]), math.sqrt(120.25) + len(log[120 % 300]), math.sqrt(121.25) + len(log[121 % 300]), math.sqrt(122.25) + len(log[122 % 300]), math.sqrt(123.25) + len(log[123 % 300]), math.sqrt(124.25) + len(log[124 % 300]), math.sqrt(125.25) + len(log[125 % 300]), math.sqrt(126.25) + len(log[126 % 300]), math.sqrt(127.25) + len(log[127 % 300]), math.sqrt(128.25) + len(log[128 % 300]), math.sqrt(129.25) + len(log[129 % 300]), math.sqrt(130.25) + len(log[130 % 300]), math.sqrt(131.25) + len(log[131 % 300]), math.sqrt(132.25) + len(log[132 % 300]), math.sqrt(133.25) + len(log[133 % 300]), math.sqrt(134.25) + len(log[134 % 300]), math.sqrt(135.25) + len(log[135 % 300]), math.sqrt(136.25) + len(log[136 % 300]), math.sqrt(137.25) + len(log[137 % 300]), math.sqrt(138.25) + len(log[138 % 300]), math.sqrt(139.25) + len(log[139 % 300]), math.sqrt(140.25) + len(log[140 % 300]), math.sqrt(141.25) + len(log[141 % 300]), math.sqrt(142.25) + len(log[142 % 300]), math.sqrt(143.25) + len(log[143 % 300]), math.sqrt(144.25) + len(log[144 % 300]), math.sqrt(145.25) + len(log[145 % 300]), math.sqrt(146.25) + len(log[146 % 300]), math.sqrt(147.25) + len(log[147 % 300]), math.sqrt(148.25) + len(log[148 % 300]), math.sqrt(149.25) + len(log[149 % 300]), math.sqrt(150.25) + len(log[150 % 300]), math.sqrt(151.25) + len(log[151 % 300]), math.sqrt(152.25) + len(log[152 % 300]), math.sqrt(153.25) + len(log[153 % 300]), math.sqrt(154.25) + len(log[154 % 300]), math.sqrt(155.25) + len(log[155 % 300]), math.sqrt(156.25) + len(log[156 % 300]), math.sqrt(157.25) + len(log[157 % 300]), math.sqrt(158.25) + len(log[158 % 300]), math.sqrt(159.25) + len(log[159 % 300]), math.sqrt(160.25) + len(log[160 % 300]), math.sqrt(161.25) + len(log[161 % 300]), math.sqrt(162.25) + len(log[162 % 300]), math.sqrt(163.25) + len(log[163 % 300]), math.sqrt(164.25) + len(log[164 % 300]), math.sqrt(165.25) + len(log[165 % 300]), math.sqrt(166.25) + len(log[166 % 300]), math.sqrt(167.25) + len(log[167 % 300]), math.sqrt(168.25) + len(log[168 % 300]), math.sqrt(169.25) + len(log[169 % 300]), math.sqrt(170.25) + len(log[170 % 300]), math.sqrt(171.25) + len(log[171 % 300]), math.sqrt(172.25) + len(log[172 % 300]), math.sqrt(173.25) + len(log[173 % 300]), math.sqrt(174.25) + len(log[174 % 300]), math.sqrt(175.25) + len(log[175 % 300]), math.sqrt(176.25) + len(log[176 % 300]), math.sqrt(177.25) + len(log[177 % 300]), math.sqrt(178.25) + len(log[178 % 300]), math.sqrt(179.25) + len(log[179 % 300]), math.sqrt(180.25) + len(log[180 % 300]), math.sqrt(181.25) + len(log[181 % 300]), math.sqrt(182.25) + len(log[182 % 300]), math.sqrt(183.25) + len(log[183 % 300]), math.sqrt(184.25) + len(log[184 % 300]), math.sqrt(185.25) + len(log[185 % 300]), math.sqrt(186.25) + len(log[186 % 300]), math.sqrt(187.25) + len(log[187 % 300]), math.sqrt(188.25) + len(log[188 % 300]), math.sqrt(189.25) + len(log[189 % 300]), math.sqrt(190.25) + len(log[190 % 300]), math.sqrt(191.25) + len(log[191 % 300]), math.sqrt(192.25) + len(log[192 % 300]), math.sqrt(193.25) + len(log[193 % 300]), math.sqrt(194.25) + len(log[194 % 300]), math.sqrt(195.25) + len(log[195 % 300]), math.sqrt(196.25) + len(log[196 % 300]), math.sqrt(197.25) + len(log[197 % 300]), math.sqrt(198.25) + len(log[198 % 300]), math.sqrt(199.25) + len(log[199 % 300]), math.sqrt(200.25) + len(log[200 % 300]), math.sqrt(201.25) + len(log[201 % 300]), math.sqrt(202.25) + len(log[202 % 300]), math.sqrt(203.25) + len(log[203 % 300]), math.sqrt(204.25) + len(log[204 % 300]), math.sqrt(205.25) + len(log[205 % 300]), math.sqrt(206.25) + len(log[206 % 300]), math.sqrt(207.25) + len(log[207 % 300]), math.sqrt(208.25) + len(log[208 % 300]), math.sqrt(209.25) + len(log[209 % 300]), math.sqrt(210.25) + len(log[210 % 300]), math.sqrt(211.25) + len(log[211 % 300]), math.sqrt(212.25) + len(log[212 % 300]), math.sqrt(213.25) + len(log[213 % 300]), math.sqrt(214.25) + len(log[214 % 300]), math.sqrt(215.25) + len(log[215 % 300]), math.sqrt(216.25) + len(log[216 % 300]), math.sqrt(217.25) + len(log[217 % 300]), math.sqrt(218.25) + len(log[218 % 300]), math.sqrt(219.25) + len(log[219 % 300]), math.sqrt(220.25) + len(log[220 % 300]), math.sqrt(221.25) + len(log[221 % 300]), math.sqrt(222.25) + len(log[222 % 300]), math.sqrt(223.25) + len(log[223 % 300]), math.sqrt(224.25) + len(log[224 % 300]), math.sqrt(225.25) + len(log[225 % 300]), math.sqrt(226.25) + len(log[226 % 300]), math.sqrt(227.25) + len(log[227 % 300]), math.sqrt(228.25) + len(log[228 % 300]), math.sqrt(229.25) + len(log[229 % 300]), math.sqrt(230.25) + len(log[230 % 300]), math.sqrt(231.25) + len(log[231 % 300]), math.sqrt(232.25) + len(log[232 % 300]), math.sqrt(233.25) + len(log[233 % 300]), math.sqrt(234.25) + len(log[234 % 300]), math.sqrt(235.25) + len(log[235 % 300]), math.sqrt(236.25) + len(log[236 % 300]), math.sqrt(237.25) + len(log[237 % 300]), math.sqrt(238.25) + len(log[238 % 300]), math.sqrt(239.25) + len(log[239 % 300]), math.sqrt(240.25) + len(log[240 % 300]), math.sqrt(241.25) + len(log[241 % 300]), math.sqrt(242.25) + len(log[242 % 300]), math.sqrt(243.25) + len(log[243 % 300]), math.sqrt(244.25) + len(log[244 % 300]), math.sqrt(245.25) + len(log[245 % 300]), math.sqrt(246.25) + len(log[246 % 300]), math.sqrt(247.25) + len(log[247 % 300]), math.sqrt(248.25) + len(log[248 % 300]), math.sqrt(249.25) + len(log[249 % 300]), math.sqrt(250.25) + len(log[250 % 300]), math.sqrt(251.25) + len(log[251 % 300]), math.sqrt(252.25) + len(log[252 % 300]), math.sqrt(253.25) + len(log[253 % 300]), math.sqrt(254.25) + len(log[254 % 300]), math.sqrt(255.25) + len(log[255 % 300]), math.sqrt(256.25) + len(log[256 % 300]), math.sqrt(257.25) + len(log[257 % 300]), math.sqrt(258.25) + len(log[258 % 300]), math.sqrt(259.25) + len(log[259 % 300]), math.sqrt(260.25) + len(log[260 % 300]), math.sqrt(261.25) + len(log[261 % 300]), math.sqrt(262.25) + len(log[262 % 300]), math.sqrt(263.25) + len(log[263 % 300]), math.sqrt(264.25) + len(log[264 % 300]), math.sqrt(265.25) + len(log[265 % 300]), math.sqrt(266.25) + len(log[266 % 300]), math.sqrt(267.25) + len(log[267 % 300]), math.sqrt(268.25) + len(log[268 % 300]), math.sqrt(269.25) + len(log[269 % 300]), math.sqrt(270.25) + len(log[270 % 300]), math.sqrt(271.25) + len(log[271 % 300]), math.sqrt(272.25) + len(log[272 % 300]), math.sqrt(273.25) + len(log[273 % 300]), math.sqrt(274.25) + len(log[274 % 300]), math.sqrt(275.25) + len(log[275 % 300]), math.sqrt(276.25) + len(log[276 % 300]), math.sqrt(277.25) + len(log[277 % 300]), math.sqrt(278.25) + len(log[278 % 300]), math.sqrt(279.25) + len(log[279 % 300]), math.sqrt(280.25) + len(log[280 % 300]), math.sqrt(281.25) + len(log[281 % 300]), math.sqrt(282.25) + len(log[282 % 300]), math.sqrt(283.25) + len(log[283 % 300]), math.sqrt(284.25) + len(log[284 % 300]), math.sqrt(285.25) + len(log[285 % 300]), math.sqrt(286.25) + len(log[286 % 300]), math.sqrt(287.25) + len(log[287 % 300]), math.sqrt(288.25) + len(log[288 % 300]), math.sqrt(289.25) + len(log[289 % 300]), math.sqrt(290.25) + len(log[290 % 300]), math.sqrt(291.25) + len(log[291 % 300]), math.sqrt(292.25) + len(log[292 % 300]), math.sqrt(293.25) + len(log[293 % 300]), math.sqrt(294.25) + len(log[294 % 300]), math.sqrt(295.25) + len(log[295 % 300]), math.sqrt(296.25) + len(log[296 % 300]), math.sqrt(297.25) + len(log[297 % 300]), math.sqrt(298.25) + len(log[298 % 300]), math.sqrt(299.25) + len(log[299 % 300]), math.sqrt(300.25) + len(log[300 % 300]), math.sqrt(301.25) + len(log[301 % 300]), math.sqrt(302.25) + len(log[302 % 300]), math.sqrt(303.25) + len(log[303 % 300]), math.sqrt(304.25) + len(log[304 % 300]), math.sqrt(305.25) + len(log[305 % 300]), math.sqrt(306.25) + len(log[306 % 300]), math.sqrt(307.25) + len(log[307 % 300]), math.sqrt(308.25) + len(log[308 % 300]), math.sqrt(309.25) + len(log[309 % 300]), math.sqrt(310.25) + len(log[310 % 300]), math.sqrt(311.25) + len(log[311 % 300]), math.sqrt(312.25) + len(log[312 % 300]), math.sqrt(313.25) + len(log[313 % 300]), math.sqrt(314.25) + len(log[314 % 300]), math.sqrt(315.25) + len(log[315 % 300]), math.sqrt(316.25) + len(log[316 % 300]), math.sqrt(317.25) + len(log[317 % 300]), math.sqrt(318.25) + len(log[318 % 300]), math.sqrt(319.25) + len(log[319 % 300]), math.sqrt(320.25) + len(log[320 % 300]), math.sqrt(321.25) + len(log[321 % 300]), math.sqrt(322.25) + len(log[322 % 300]), math.sqrt(323.25) + len(log[323 % 300]), math.sqrt(324.25) + len(log[324 % 300]), math.sqrt(325.25) + len(log[325 % 300]), math.sqrt(326.25) + len(log[326 % 300]), math.sqrt(327.25) + len(log[327 % 300]), math.sqrt(328.25) + len(log[328 % 300]), math.sqrt(329.25) + len(log[329 % 300]), math.sqrt(330.25) + len(log[330 % 300]), math.sqrt(331.25) + len(log[331 % 300]), math.sqrt(332.25) + len(log[332 % 300]), math.sqrt(333.25) + len(log[333 % 300]), math.sqrt(334.25) + len(log[334 % 300]), math.sqrt(335.25) + len(log[335 % 300]), math.sqrt(336.25) + len(log[336 % 300]), math.sqrt(337.25) + len(log[337 % 300]), math.sqrt(338.25) + len(log[338 % 300]), math.sqrt(339.25) + len(log[339 % 300]), math.sqrt(340.25) + len(log[340 % 300]), math.sqrt(341.25) + len(log[341 % 300]), math.sqrt(342.25) + len(log[342 % 300]), math.sqrt(343.25) + len(log[343 % 300]), math.sqrt(344.25) + len(log[344 % 300]), math.sqrt(345.25) + len(log[345 % 300]), math.sqrt(346.25) + len(log[346 % 300]), math.sqrt(347.25) + len(log[347 % 300]), math.sqrt(348.25) + len(log[348 % 300]), math.sqrt(349.25) + len(log[349 % 300]), math.sqrt(350.25) + len(log[350 % 300]), math.sqrt(351.25) + len(log[351 % 300]), math.sqrt(352.25) + len(log[352 % 300]), math.sqrt(353.25) + len(log[353 % 300]), math.sqrt(354.25) + len(log[354 % 300]), math.sqrt(355.25) + len(log[355 % 300]), math.sqrt(356.25) + len(log[356 % 300]), math.sqrt(357.25) + len(log[357 % 300]), math.sqrt(358.25) + len(log[358 % 300]), math.sqrt(359.25) + len(log[359 % 300]), math.sqrt(360.25) + len(log[360 % 300]), math.sqrt(361.25) + len(log[361 % 300]), math.sqrt(362.25) + len(log[362 % 300]), math.sqrt(363.25) + len(log[363 % 300]), math.sqrt(364.25) + len(log[364 % 300]), math.sqrt(365.25) + len(log[365 % 300]), math.sqrt(366.25) + len(log[366 % 300]), math.sqrt(367.25) + len(log[367 % 300]), math.sqrt(368.25) + len(log[368 % 300]), math.sqrt(369.25) + len(log[369 % 300]), math.sqrt(370.25) + len(log[370 % 300]), math.sqrt(371.25) + len(log[371 % 300]), math.sqrt(372.25) + len(log[372 % 300]), math.sqrt(373.25) + len(log[373 % 300]), math.sqrt(374.25) + len(log[374 % 300]), math.sqrt(375.25) + len(log[375 % 300]), math.sqrt(376.25) + len(log[376 % 300]), math.sqrt(377.25) + len(log[377 % 300]), math.sqrt(378.25) + len(log[378 % 300]), math.sqrt(379.25) + len(log[379 % 300]), math.sqrt(380.25) + len(log[380 % 300]), math.sqrt(381.25) + len(log[381 % 300]), math.sqrt(382.25) + len(log[382 % 300]), math.sqrt(383.25) + len(log[383 % 300]), math.sqrt(384.25) + len(log[384 % 300]), math.sqrt(385.25) + len(log[385 % 300]), math.sqrt(386.25) + len(log[386 % 300]), math.sqrt(387.25) + len(log[387 % 300]), math.sqrt(388.25) + len(log[388 % 300]), math.sqrt(389.25) + len(log[389 % 300]), math.sqrt(390.25) + len(log[390 % 300]), math.sqrt(391.25) + len(log[391 % 300]), math.sqrt(392.25) + len(log[392 % 300]), math.sqrt(393.25) + len(log[393 % 300]), math.sqrt(394.25) + len(log[394 % 300]), math.sqrt(395.25) + len(log[395 % 300]), math.sqrt(396.25) + len(log[396 % 300]), math.sqrt(397.25) + len(log[397 % 300]), math.sqrt(398.25) + len(log[398 % 300]), math.sqrt(399.25) + len(log[399 % 300])]
print(len(log), log[-1], round(acc, 6), len(xs), round(sum(xs), 6))
