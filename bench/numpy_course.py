"""The course's loop ("Planar data classification with one hidden layer") in numpy: forward, cost, backward,
update, 10000 iterations on the default flower data with the default init. Prints the wall time of the loop
(median of 3) and the final cost and accuracy, and numpy_seconds=... for bench/run.sh."""
import time
import numpy as np


def load_planar_dataset(seed=1, m=400, noise=0.2):
    np.random.seed(seed)
    N = m // 2
    X = np.zeros((m, 2))
    Y = np.zeros((m, 1), dtype='uint8')
    a = 4
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * noise
        r = a * np.sin(4 * t) + np.random.randn(N) * noise
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X.T, Y.T


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def nn_model(X, Y, n_h=4, iterations=10000, learning_rate=1.2):
    np.random.seed(2)
    W1 = np.random.randn(n_h, 2) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(1, n_h) * 0.01
    b2 = np.zeros((1, 1))
    m = X.shape[1]
    for i in range(iterations + 1):
        Z1 = np.dot(W1, X) + b1
        A1 = np.tanh(Z1)
        Z2 = np.dot(W2, A1) + b2
        A2 = sigmoid(Z2)
        logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
        cost = float(-np.sum(logprobs) / m)
        if i == iterations:
            break
        dZ2 = A2 - Y
        dW2 = (1 / m) * np.dot(dZ2, A1.T)
        db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
        dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
        dW1 = (1 / m) * np.dot(dZ1, X.T)
        db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
        W1 = W1 - learning_rate * dW1
        b1 = b1 - learning_rate * db1
        W2 = W2 - learning_rate * dW2
        b2 = b2 - learning_rate * db2
    accuracy = float(np.mean((A2 > 0.5) == Y))
    return cost, accuracy


if __name__ == "__main__":
    X, Y = load_planar_dataset()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        cost, accuracy = nn_model(X, Y)
        times.append(time.perf_counter() - start)
    t = sorted(times)[1]
    print(f"numpy course loop (m=400, n_h=4, 10000 it): median {t * 1e3:.1f} ms, final cost {cost:.6f}, accuracy {accuracy:.4f}")
    print(f"numpy_seconds={t:.6f}")
